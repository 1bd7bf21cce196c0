// A panic raised by a deferred call while panicking: Go prints both, the
// first one then the second indented.
package main

func main() {
	defer func() {
		panic("second")
	}()
	println("about to panic")
	panic("first")
}
