// Untyped float constants are exact rationals at compile time: 1.0/3.0*3
// is exactly 1 and 0.1+0.2 == 0.3, unlike the same sums at run time.
package main

const third = 1.0 / 3.0

func main() {
	println(third*3 == 1)
	x := 1.0
	y := 3.0
	rt := x / y
	println(rt*3 == 1, rt*y)
	const tenth = 0.1
	const sum = tenth + 0.2
	println(sum == 0.3)
	a, b := 0.1, 0.2
	println(a+b == 0.3)
	const big = 1e300 * 1e300 / 1e300
	println(big)
	const r = 7.0 / 2
	println(r, int(r*2))
	const exact = 1.0 / 1024
	println(exact * 1024)
	const p = (1.0/7.0)*7.0 - 1
	println(p == 0, p)
	const q = 2.0 / 3.0
	var f32 float32 = q
	var f64 float64 = q
	println(f32, f64)
}
