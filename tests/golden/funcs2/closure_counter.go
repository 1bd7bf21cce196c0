// Closures capture variables by reference: each call to the factory makes
// an independent counter; closures from the same call share one variable.
package main

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	a, resetA := counter()
	b, _ := counter()
	println(a(), a(), a(), b())
	resetA()
	println(a(), b(), b())
	x := 10
	addX := func(y int) int { return x + y }
	println(addX(1))
	x = 20
	println(addX(1))
	setX := func(v int) { x = v }
	setX(5)
	println(x, addX(0))
}
