package main

func main() {
	x := ) // ERROR "syntax error: unexpected \\), expected expression"
	y := ] // ERROR "syntax error: unexpected \\], expected expression"
	z := +
	_ = x // ERROR "syntax error: unexpected = at end of statement"
	_ = y
}
