// Re-panicking with the recovered value after recover.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered, re-panicking")
		panic(r)
	}()
	panic("again")
}
