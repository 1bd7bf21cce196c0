package main

func main() {
	x := ) // ERROR "syntax error: unexpected \\), expecting expression"
	y := ] // ERROR "syntax error: unexpected \\], expecting expression"
	z := +
	_ = x // ERROR "syntax error: unexpected = at end of statement"
	_ = y
}
