// Asserting a nil interface to a concrete type panics.
package main

type E interface {
	M()
}

func main() {
	var e E
	println(e == nil)
	n := e.(interface{ N() })
	println("never", n == nil)
}
