// Parameters are passed by value; results can be ignored; calls can be
// nested as arguments and are evaluated left to right.
package main

var trace int

func inc(x int) int {
	x++
	return x
}

func note(tag string, v int) int {
	trace = trace*10 + v
	print(tag, " ")
	return v
}

func add3(a, b, c int) int {
	return a + b + c
}

func mix(a int, s string, b bool, c int) {
	println(a, s, b, c)
}

func noArgs() int {
	return 7
}

func sideEffect() int {
	trace++
	return trace
}

func main() {
	x := 5
	y := inc(x)
	println(x, y)
	println(add3(note("a", 1), note("b", 2), note("c", 3)))
	println("trace", trace)
	println(add3(inc(inc(1)), add3(1, 1, 1), noArgs()))
	mix(1, "two", true, -4)
	inc(100) // result discarded
	sideEffect()
	sideEffect()
	println("trace", trace)
	a, b := note("x", 4), note("y", 5)
	println(a, b, trace)
}
