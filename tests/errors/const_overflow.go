package main

func takeInt8(x int8) {}

func main() {
	var a int8
	a = 300                // ERROR "cannot use 300 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	var b uint8 = 256      // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var c uint = -1        // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	d := uint8(256)        // ERROR "cannot convert 256 \(untyped int constant\) to (type )?uint8"
	const e int16 = 40000  // ERROR "cannot use 40000 \(untyped int constant\) as int16 value in constant declaration \(overflows\)|constant 40000 overflows int16"
	takeInt8(128)          // ERROR "cannot use 128 \(untyped int constant\) as int8 value in argument to takeInt8 \(overflows\)"
	var f int64 = 1 << 63  // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int64 value in variable declaration \(overflows\)"
	const big = 1 << 100
	var g int = big        // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	const h uint8 = 255
	println(h + 1)         // ERROR "constant 256 overflows uint8|h \+ 1 \(constant 256 of type uint8\) overflows uint8"
	println(a, b, c, d, e, f, g)
}
