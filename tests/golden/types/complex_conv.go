// Conversions between complex64 and complex128, and building complex
// numbers from typed parts.
package main

func main() {
	var a complex128 = complex(0.1, 1.0/3.0)
	b := complex64(a)
	c := complex128(b)
	println(a)
	println(b)
	println(c == a, real(c), imag(c))
	var re float32 = 2.5
	var im float32 = -0.5
	d := complex(re, im)
	println(d, real(d)*2)
	var e complex64 = 3
	println(e, complex128(e)*complex128(e))
	f := complex(1e39, 1.0)
	g := complex64(f)
	println(g)
	h := complex128(complex64(1+2i)) * (1 - 2i)
	println(h)
}
