// int8 arithmetic wraps modulo 2^8: overflow at 127, underflow at -128,
// negating -128 gives -128 again, and multiplication keeps the low 8 bits.
package main

func inc(x int8) int8 { return x + 1 }
func dec(x int8) int8 { return x - 1 }

func main() {
	var max int8 = 127
	var min int8 = -128
	println(max, min)
	println(inc(max), dec(min))
	n := min
	n = -n
	println("neg min", n)
	var a int8 = 100
	b := a * 3
	println("100*3", b)
	c := a + a
	println("100+100", c)
	var d int8 = -100
	println("-100-100", d+d, "-100*2", d*2)
	var x int8 = 1
	for i := 0; i < 10; i++ {
		x *= 2
		print(x, " ")
	}
	println()
	var y int8 = 127
	y++
	println("127++", y)
	y--
	println("-128--", y)
	println(min/-1, min%-1)
}
