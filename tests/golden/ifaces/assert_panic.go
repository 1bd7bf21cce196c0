// A failed single-value assertion to a concrete type panics.
package main

func main() {
	var x any = 42
	println(x.(int))
	s := x.(string)
	println("never", s)
}
