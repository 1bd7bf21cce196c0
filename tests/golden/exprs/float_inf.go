// Infinities: produced by overflow and division by zero, compared and
// printed.
package main

func main() {
	zero := 0.0
	pinf := 1 / zero
	ninf := -1 / zero
	println(pinf, ninf)
	println(pinf > 1e308, ninf < -1e308, pinf == pinf, pinf == -ninf)
	println(pinf+1, pinf*-2, pinf+ninf, pinf/pinf)
	println(1/pinf, -1/pinf, 1/ninf)
	big := 1e308
	println(big*10, big*10 == pinf, -big*10 == ninf)
	var f32 float32 = 1e38
	println(f32*10, float64(f32*10) == pinf)
	x := 2.0
	n := 0
	for x != pinf {
		x *= x
		n++
	}
	println(n, x)
	println(pinf-pinf == pinf-pinf)
}
