// Re-panicking a recovered runtime error: the report shows the runtime error
// as "[recovered]" followed by the same error re-raised, exit status 2.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
		panic(r)
	}()
	s := []int{1, 2}
	i := 2
	println(s[i])
}
