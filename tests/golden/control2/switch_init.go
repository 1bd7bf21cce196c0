// A switch may start with a simple statement whose variables are scoped
// to the switch.
package main

func next() int {
	counter++
	return counter
}

var counter int

func main() {
	switch v := next(); v {
	case 1:
		println("first", v)
	default:
		println("other", v)
	}
	switch v := next() * 10; {
	case v > 15:
		println("big", v)
	default:
		println("small", v)
	}
	x := 100
	switch x := 5; x {
	case 5:
		println("inner x", x)
	}
	println("outer x", x)
	switch counter++; counter {
	case 3:
		println("counter is 3")
	}
	switch a, b := 2, 3; a + b {
	case 5:
		println("sum 5")
	}
}
