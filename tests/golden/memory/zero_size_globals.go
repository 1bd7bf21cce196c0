package main

// Zero-size package variables and zero-size allocations share one address
// (the runtime's zerobase), as in gc.

var x, y [0]int
var s struct{}
var p, q = new([0]int), new([0]int)

func main() {
	println(p == q, &x == p, &y == p)
	a := new(struct{})
	println(a == &s)
	var z [0]string
	_ = z
}
