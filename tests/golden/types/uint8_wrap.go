// uint8 (and byte) arithmetic wraps modulo 256; subtraction below zero
// wraps to large values.
package main

func main() {
	var max uint8 = 255
	var zero uint8 = 0
	println(max, zero)
	println(max+1, zero-1)
	var a uint8 = 200
	println("200+100", a+100, "200*2", a*2, "200*200", a*a)
	var b byte = 'A'
	b += 200
	println("'A'+200", b)
	var c uint8 = 3
	println("3-5", c-5, "-c", -c, "^c", ^c)
	var sum uint8
	for i := 0; i < 100; i++ {
		sum += uint8(i)
	}
	println("sum 0..99 mod 256", sum)
	var p uint8 = 1
	for i := 0; i < 9; i++ {
		print(p, " ")
		p *= 3
	}
	println()
	println(max/7, max%7, max/16, max%16)
}
