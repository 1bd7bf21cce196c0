// Package-level variables: zero values, initialisers, and initialisation
// order driven by dependencies rather than by source order.
package main

var counter int

var (
	greeting = "hello"
	flag     bool
	total    = first + second
	first    = double(second)
	second   = 21
)

var last string = "last"

var answer = compute()

func double(x int) int {
	return 2 * x
}

func compute() int {
	counter++
	return total + counter
}

func bump() {
	counter += 10
}

func main() {
	println(counter, greeting, flag, last)
	println(first, second, total, answer)
	bump()
	bump()
	println(counter)
	greeting = "bye"
	flag = true
	println(greeting, flag)
}
