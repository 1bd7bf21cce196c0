package main

func main() {
	a := 1_000_ // ERROR "'_' must separate successive digits"
	b := 0b102 // ERROR "invalid digit '2' in binary literal"
	c := 0o8 // ERROR "invalid digit '8' in octal literal"
	d := 1e // ERROR "exponent has no digits"
	e := 0x1.0 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	f := 0b1.0 // ERROR "invalid radix point in binary literal"
	g := 0x // ERROR "hexadecimal literal has no digits"
	h := 09 // ERROR "invalid digit '9' in octal literal"
	i := 1__2 // ERROR "'_' must separate successive digits"
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
