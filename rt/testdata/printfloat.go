// Generates printfloat.txt, the expected output of rgort's float formatting
// (rt/src/print/tests.rs): `go run printfloat.go 2>printfloat.txt`.
// Each line is a float64's bits, then the value as Go's println prints it.
package main

import "math"

func main() {
	special := []float64{
		0, math.Copysign(0, -1), 1, -1, 1.5, -1.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
		10, 100, 1e7, 1e8, 123456789, 9.9999995, 9.99999949, 9.9999999, 0.99999995,
		99999995, 1e100, 1e-100, 1e300, 1e-300, 1e308, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1 << 53, 1e21, 1e22,
		1e23, 1e-7, 5e-8, 7e-10, 3.14159265358979, -2.718281828459045, 123.456,
		-0.000123456, 0.5, 0.25, 0.125, 65536, 4294967296, 18446744073709551616,
		math.Inf(1), math.Inf(-1), math.NaN(),
	}
	for _, f := range special {
		println(math.Float64bits(f), f)
	}
	// Arbitrary bit patterns (xorshift64).
	x := uint64(0x9E3779B97F4A7C15)
	for i := 0; i < 100; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		println(x, math.Float64frombits(x))
	}
	// Values of every magnitude from 1e-20 to 1e20 (an LCG's mantissas).
	y := uint64(12345)
	for i := 0; i < 100; i++ {
		y = y*6364136223846793005 + 1442695040888963407
		f := float64(y>>11) / (1 << 53) * math.Pow(10, float64(int(y%41)-20))
		println(math.Float64bits(f), f)
	}
}
