package main

type point struct{ x int }

func main() {
	n := 1
	y := int          // ERROR "int \(type\) is not an expression"
	println(point)    // ERROR "point \(type\) is not an expression"
	var p *int = &n
	println(*p + nil) // ERROR "invalid operation: \*p \+ nil \(mismatched types int and untyped nil\)"
	println(p == 1)   // ERROR "invalid operation: p == 1 \(mismatched types \*int and untyped int\)|cannot convert 1 \(untyped int constant\) to (type )?\*int"
	println(n == nil) // ERROR "invalid operation: n == nil \(mismatched types int and untyped nil\)"
	var q *string = p // ERROR "cannot use p \(variable of type \*int\) as (type )?\*string( value)? in variable declaration"
	var r int = p     // ERROR "cannot use p \(variable of type \*int\) as (type )?int( value)? in variable declaration"
	println(y, q, r, p == nil)
}
