// Basic float64 arithmetic with exactly representable values, plus a few
// rounding results.
package main

func main() {
	a := 6.5
	b := 2.0
	println(a+b, a-b, a*b, a/b)
	println(-a, a*-1 == -a, b-a)
	x := 1.0
	for i := 0; i < 10; i++ {
		x /= 2
	}
	println(x, x*1024)
	println(1/3.0, 2/3.0, 10/4.0)
	v := 100.0
	v += 0.25
	v -= 50
	v *= 2
	v /= 4
	println(v)
	c := 3.0
	println(c*c*c, c/c, (c+1)/(c-1))
	sum := 0.0
	for i := 1; i <= 100; i++ {
		sum += float64(i)
	}
	println(sum, sum/100)
	big := 1e15
	println(big+0.3, big*10+1)
	f := float32(6.5)
	g := float32(3)
	println(f/g, f*g, f-g)
}
