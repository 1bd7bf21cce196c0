// Operations on untyped constants of different kinds take the later kind
// (int < rune < float < complex); integer division stays integral.
package main

func main() {
	println(7/2, 7/2.0, 7.0/2)
	const a = 7 / 2
	const b = 7 / 2.0
	println(a, b)
	const c = 'a' + 1.5
	println(c)
	const d = 1 + 2i
	println(d*d, real(d*d))
	const e = 10 % 3
	const f = -10 % 3
	const g = 10 % -3
	println(e, f, g, -10/3, 10/-3)
	x := 3
	println(x/2, x*2.0, float64(x)/2)
	const h = 1 << 3.0
	println(h)
	var fl = 2 * 1.25
	println(fl)
	const big = 1 << 70
	println(big / 1.5e20)
}
