package main

func f() (int, int) { return 1, 2 }

func main() {
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	x := 1
	s = x    // ERROR "cannot use x \(variable of type int\) as (type )?string( value)? in assignment"
	b := x + "a" // ERROR "invalid operation: x \+ \"a\" \(mismatched types int and untyped string\)"
	a, c, d := f() // ERROR "assignment mismatch: 3 variables but f(\(\))? returns 2 values"
	y := f() // ERROR "assignment mismatch: 1 variable but f(\(\))? returns 2 values"
	println(s, b, a, c, d, y)
}
