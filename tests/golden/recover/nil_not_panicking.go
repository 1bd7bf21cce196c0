// recover returns nil when no panic is in progress: called directly, from a
// deferred function of a normally returning function, and after a panic
// has already been recovered.
package main

func normal() (n int) {
	defer func() {
		println("deferred, no panic:", recover() == nil)
		n = 5
	}()
	return 1
}

func twice() {
	defer func() {
		println("first:", recover() != nil)
		println("second:", recover() == nil)
	}()
	panic("x")
}

func main() {
	println("direct:", recover() == nil)
	println(normal())
	twice()
	println("after:", recover() == nil)
}
