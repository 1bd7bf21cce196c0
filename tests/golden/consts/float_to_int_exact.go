// An untyped float constant can become an integer when its value is an
// integer: 3.0, 1e9, 2.5*2, 1e18.
package main

const F = 3.0
const G = 1e9
const H = 2.5 * 2
const E18 = 1e18

func main() {
	var i int = F
	var j int64 = G
	var k uint8 = H
	println(i, j, k)
	var e int64 = E18
	println(e, e/G)
	arr := [F]int{1, 2, 3}
	println(len(arr), arr[int(F)-1])
	const r = 10.0 / 4 * 2
	var n int = r
	println(n)
	var u uint32 = 4.294967295e9
	println(u)
	const big = 1e20 / 1e10
	var m int = big
	println(m)
	println(G * 3 / 2)
	const neg = -12.0
	var ni int16 = neg
	println(ni)
}
