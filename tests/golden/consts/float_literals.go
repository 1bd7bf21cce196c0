// Floating-point literal forms: exponents, leading/trailing dots, hex
// floats with p exponents, digit separators, imaginary literals.
package main

func main() {
	println(1e3, 1E3, 1e+3, 1e-3, 1.5e2)
	println(.5, 5., 0.5e1, 00.25)
	println(0x1p0, 0x1p-2, 0x1.8p1, 0xAp3, 0x.1p4)
	println(1_000.000_5, 1_0e1_0)
	println(2i, 1.5i, 0x10i, 1e2i)
	println(0i, 0.0, -0.0)
	const x = 0x1p-1074
	println(x)
	const y = 0x1.fffffffffffffp1023
	println(y)
	var f32 float32 = 0x1p-149
	println(f32)
}
