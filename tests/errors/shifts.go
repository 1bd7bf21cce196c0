package main

func main() {
	x := 1
	var f float64 = 2
	var s string = "a"
	println(x << -1)   // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	println(f << 2)    // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	println(x << s)    // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	println(1.5 << 2)  // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	println(x >> f)    // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	const big = 1 << 64
	var y int = big >> 1 // ERROR "cannot use big >> 1 \(untyped int constant 9223372036854775808\) as int value in variable declaration \(overflows\)"
	var z int8 = 1 << 7  // ERROR "cannot use 1 << 7 \(untyped int constant 128\) as int8 value in variable declaration \(overflows\)"
	println(y, z, x<<2.0, s)
}
