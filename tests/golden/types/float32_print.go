// float32 values print through println as float64 in Go's own %e-like
// format; float32 arithmetic rounds to single precision after each step.
package main

func main() {
	var a float32 = 1.5
	var b float32 = 0.1
	println(a, b, -a)
	println(a+b, a*b, a/3)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += b
	}
	println("sum of ten 0.1f", sum, sum == 1)
	var big float32 = 16777216
	println(big, big+1, big+2, big+1 == big)
	var third float32 = 1.0 / 3.0
	println(third, float64(third))
	var x float32 = 3.4028235e38
	println(x, x*2, -x*2)
	var tiny float32 = 1.4e-45
	println(tiny, tiny/2)
	println(float32(0), -float32(0) == 0)
}
