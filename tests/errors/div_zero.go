package main

func main() {
	x := 10
	var u uint8 = 3
	var f float64 = 1.5
	println(x / 0)      // ERROR "invalid operation: division by zero"
	println(x % 0)      // ERROR "invalid operation: division by zero"
	x /= 0              // ERROR "invalid operation: division by zero"
	x %= 0              // ERROR "invalid operation: division by zero"
	println(u / 0.0)    // ERROR "invalid operation: division by zero"
	const zero = 0
	println(x / zero)   // ERROR "invalid operation: division by zero"
	println(1 / 0)      // ERROR "invalid operation: division by zero"
	println(1.0 / 0.0)  // ERROR "invalid operation: division by zero"
	println(x / (2 - 2)) // ERROR "invalid operation: division by zero"
	println(f / 0.0, f / 0)
}
