// Constant expressions whose intermediate values overflow every machine
// type, evaluated exactly.
package main

const (
	F20   = 2432902008176640000
	F25   = F20 * 21 * 22 * 23 * 24 * 25
	Ratio = F25 / F20
)

const Mersenne = 1<<127 - 1

func main() {
	println(Ratio)
	println(F25 % 1000000007)
	println(Mersenne%1000000, Mersenne>>120)
	const a = 1e400
	const b = a / 1e390
	println(b)
	const c = 99999999999999999999999999 / 3333333333333333333333333
	println(c)
	const d = (1<<100 - 1) & 0xffff
	println(d)
	const e = (1<<100 | 1<<3) ^ 1<<100
	println(e)
	const f = -1 << 100 >> 99
	println(f)
	const g = ^0
	const h = ^(1 << 80) >> 78
	println(g, h)
}
