// complex128 and complex64 arithmetic with exact values.
package main

func main() {
	a := 1 + 2i
	b := 3 - 1i
	println(a+b, a-b, a*b, a/b)
	println(a*b == 5+5i, a != b)
	c := a
	c *= c
	println(c, -c)
	c /= a
	println(c, c == a)
	var z complex128
	println(z == 0, z+a == a)
	var p complex64 = 2 + 2i
	var q complex64 = 1 - 1i
	println(p*q, p/q, p+q)
	i := 1i
	acc := complex(1, 0)
	for k := 0; k < 8; k++ {
		acc *= (1 + i)
	}
	println(acc)
	println(real(a)*imag(b), imag(a)+real(b))
	x := complex(float64(3), float64(-4))
	println(x, real(x)*real(x)+imag(x)*imag(x))
}
