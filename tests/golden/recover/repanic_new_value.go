// Panicking with a new value after recovering the first one: Go reports the
// first as "[recovered]" and the second indented below it, exit status 2.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("second")
	}()
	println("start")
	panic("first")
}
