// Untyped integer constants are exact: intermediate values far beyond
// 64 bits are fine as long as the final value fits its type.
package main

const Big = 1 << 100
const Huge = Big * Big

func main() {
	println(Big >> 98)
	println(Huge >> 190)
	println(Big/(1<<90), Big%7)
	const x = (1<<200 + 12345) - 1<<200
	println(x)
	const y = 1<<64 - 1
	var u uint64 = y
	println(u)
	const z = -(1 << 63)
	var i int64 = z
	println(i)
	println((Big + 1) % 1000)
	const m = Huge / Big / Big
	println(m)
	var f float64 = Big
	println(f)
	println(Big>>100 == 1, Big > 1<<99)
}
