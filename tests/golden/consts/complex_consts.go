// Complex constants: real and imag of a constant are constants.
package main

const C = 3 + 4i
const Re = real(C)
const Im = imag(C)

func main() {
	println(C, Re, Im)
	var f float64 = Re * Im
	println(f)
	const sq = C * C
	println(sq, real(sq), imag(sq))
	const conj = complex(Re, -Im)
	println(C * conj)
	var c64 complex64 = C / 2
	println(c64)
	const i = 1i
	println(i*i, i*i == -1)
	const pure = 2.5i
	println(pure, real(pure))
	var n int = real(C * conj)
	println(n)
}
