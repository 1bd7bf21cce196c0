// println formats float64 as [+-]d.dddddde[+-]ddd with 6 fraction digits.
package main

func main() {
	println(0.0, 1.0, -1.0, 1.5, 100.0)
	println(0.1, 0.2, 1.0/3.0, 2.0/3.0)
	println(123456789.0, 1e20, 1e100, 1e-5, 1e-100)
	println(1.7976931348623157e308, 5e-324, 2.2250738585072014e-308)
	println(0.5, 0.25, 0.125, 9.999999, 9.9999999)
	println(3.14159265358979, 2.718281828459045)
	var x float64 = 1
	for i := 0; i < 6; i++ {
		x *= 10.5
		print(x, " ")
	}
	println()
	var z float64
	neg := -z
	println(z, neg)
	inf := 1 / z
	println(inf, -inf, inf-inf)
	var f float64 = 7
	println(f/2, f/-2, -f*3)
}
