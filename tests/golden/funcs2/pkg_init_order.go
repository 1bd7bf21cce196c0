// Package-level variables are initialised in dependency order, not
// declaration order; initialiser functions run once each.
package main

var trace string

var a = b + c
var b = f("b", 1)
var c = f("c", d*2)
var d = f("d", 3)
var total = sum(a, b, c, d)

func f(name string, v int) int {
	trace += name
	return v
}

func sum(vs ...int) int {
	t := 0
	for _, v := range vs {
		t += v
	}
	trace += "s"
	return t
}

var x, y = pair()

func pair() (int, int) {
	trace += "p"
	return 10, 20
}

func main() {
	println(a, b, c, d, total)
	println(x, y)
	println(trace)
}
