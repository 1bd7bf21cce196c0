// int16 arithmetic wraps modulo 2^16.
package main

func main() {
	var max int16 = 32767
	var min int16 = -32768
	println(max, min)
	println(max+1, min-1)
	m := min
	println(-m, m*-1)
	var a int16 = 300
	println("300*300", a*a)
	var b int16 = 1000
	println("1000*1000", b*b, "1000*-33", b*-33)
	var f int16 = 1
	for i := 1; i <= 9; i++ {
		f *= int16(i)
		print(f, " ")
	}
	println()
	var c int16 = 20000
	c += 20000
	println("20000+20000", c)
	c -= 30000
	println("then -30000", c)
	println(min/-1, min%7, max%7, min/7)
}
