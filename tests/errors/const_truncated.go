package main

func takeInt(n int) {}

func main() {
	var x int = 2.5         // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	y := int64(1.5)         // ERROR "cannot convert 1.5 \(untyped float constant\) to (type )?int64"
	const c = 10 / 4.0
	var z int = c           // ERROR "cannot use c \(untyped float constant 2.5\) as int value in variable declaration \(truncated\)"
	var w uint8 = 'a' + 0.5 // ERROR "cannot use 'a' \+ 0.5 \(untyped float constant 97.5\) as uint8 value in variable declaration \(truncated\)"
	takeInt(0.1)            // ERROR "cannot use 0.1 \(untyped float constant\) as int value in argument to takeInt \(truncated\)"
	x = 1e-3                // ERROR "cannot use 1e-3 \(untyped float constant 0.001\) as int value in assignment \(truncated\)"
	var ff float32 = 1e40   // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	var ok int = 10 / 2.0
	var ok2 int = 1e3
	println(x, y, z, w, ff, ok, ok2, int(3.0))
}
