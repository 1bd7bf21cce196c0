package main

func two(a, b int) int { return a + b }

func main() {
	println(two(1))       // ERROR "not enough arguments in call to two"
	println(two(1, 2, 3)) // ERROR "too many arguments in call to two"
	println(two(1, true)) // ERROR "cannot use true \(untyped bool constant\) as int value in argument to two"
	x := 5
	x()   // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
}
