// Calling a nil function value panics with a nil pointer dereference.
package main

func main() {
	fs := []func() int{func() int { return 1 }, nil}
	for _, f := range fs {
		println(f())
	}
}
