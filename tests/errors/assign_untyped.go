package main

func main() {
	var i int
	var s string
	var t bool
	var f float64
	var u uint8
	i = "one"  // ERROR "cannot use \"one\" \(untyped string constant\) as int value in assignment"
	s = 1      // ERROR "cannot use 1 \(untyped int constant\) as string value in assignment"
	t = 1      // ERROR "cannot use 1 \(untyped int constant\) as bool value in assignment"
	i = true   // ERROR "cannot use true \(untyped bool constant\) as int value in assignment"
	f = "1.5"  // ERROR "cannot use \"1.5\" \(untyped string constant\) as float64 value in assignment"
	s = 'x'    // ERROR "cannot use 'x' \(untyped rune constant 120\) as string value in assignment"
	t = 1 < 2.5
	u = 2.0
	s = 1 == 1 // ERROR "cannot use 1 == 1 \(untyped bool constant true\) as string value in assignment"
	i = 1 > 0  // ERROR "cannot use 1 > 0 \(untyped bool constant true\) as int value in assignment"
	f = false  // ERROR "cannot use false \(untyped bool constant\) as float64 value in assignment"
	println(i, s, t, f, u)
}
