// Untyped constant expressions are evaluated exactly, so intermediate
// values may exceed 64 bits as long as the final value fits in an int.
package main

func main() {
	a := 1 << 100 >> 98
	b := 0xffffffffffffffff - 0xfffffffffffffff0
	c := 0b1111111111111111111111111111111111111111111111111111111111111111 / 3 / 5 / 17 / 257 / 641 / 65537
	d := 18446744073709551616 * 4 / 8 - 9223372036854775807
	e := -(1 << 63)
	f := 7 / 2 * 2
	g := -7 / 2
	h := -7 % 3
	println(a, b, c, d, e, f, g, h)
	x := 10
	println(x + 1<<70>>68, x*(1<<64/(1<<62)), x*(1<<64>>62))
}
