// complex64 holds two float32 parts; println prints (re+imi).
package main

func main() {
	var c complex64 = complex(1, 2)
	println(c)
	println(real(c), imag(c))
	d := c * c
	println("c*c", d)
	e := c + complex(0.5, -4)
	println("c+(0.5-4i)", e)
	f := c / complex(0, 1)
	println("c/i", f)
	println(c == complex(1, 2), c != d)
	var z complex64
	println(z, -c)
	g := complex(float32(0.1), float32(0.2))
	println(g, real(g)+imag(g))
	var i complex64 = 1i
	p := complex64(1)
	for k := 0; k < 5; k++ {
		print(p, " ")
		p *= i
	}
	println()
}
