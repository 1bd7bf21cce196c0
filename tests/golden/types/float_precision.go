// Float arithmetic results that depend on IEEE-754 rounding.
package main

func main() {
	a := 0.1
	b := 0.2
	c := a + b
	println(c, c == 0.3, c-0.3)
	x := 1e16
	println(x+1 == x, x+2 == x, x+2)
	sum := 0.0
	for i := 1; i <= 10; i++ {
		sum += 1.0 / float64(i)
	}
	println("harmonic 10", sum)
	big := 1e308
	println(big*10, -big*10)
	eps := 1.0
	n := 0
	for 1.0+eps/2 != 1.0 {
		eps /= 2
		n++
	}
	println("epsilon", eps, n)
	var f32 float32 = 1
	var e32 float32 = 1
	m := 0
	for f32+e32/2 != f32 {
		e32 /= 2
		m++
	}
	println("float32 epsilon", e32, m)
	println(float64(float32(0.1)) - 0.1)
}
