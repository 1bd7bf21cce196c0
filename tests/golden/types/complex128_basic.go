// complex128 arithmetic, the builtins complex/real/imag, and printing.
package main

func main() {
	a := complex(3.0, 4.0)
	b := 1 - 2i
	println(a, b)
	println(a+b, a-b, a*b, a/b)
	println(real(a*b), imag(a*b))
	println(a == 3+4i, a == b)
	norm := real(a)*real(a) + imag(a)*imag(a)
	println("norm", norm)
	conj := complex(real(a), -imag(a))
	println("a*conj", a*conj)
	var z complex128
	println(z, z == 0)
	w := complex(0, 1)
	println(w*w, w*w*w*w)
	x := 2.5 + 0i
	println(x, real(x))
	var c complex128 = 1
	for i := 0; i < 4; i++ {
		c *= 1 + 1i
		println(i, c)
	}
}
