package main

func main() {
	x := 1
	println(x + y) // ERROR "undefined: y"
	z = 3          // ERROR "undefined: z"
	undefinedFunc() // ERROR "undefined: undefinedFunc"
}
