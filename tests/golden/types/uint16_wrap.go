// uint16 arithmetic wraps modulo 65536.
package main

func main() {
	var max uint16 = 65535
	var zero uint16
	println(max, zero, max+1, zero-1)
	var a uint16 = 300
	println("300*300", a*a, "300*-1", a*(zero-1))
	var b uint16 = 1
	b -= 2
	println("1-2", b, "-b", -b)
	var h uint16 = 0xffff
	for _, c := range []byte("checksum") {
		h = h<<1 ^ uint16(c)
	}
	println("hash", h)
	var f uint16 = 1
	for i := uint16(1); i <= 10; i++ {
		f *= i
		print(f, " ")
	}
	println()
	println(max/255, max%255, max/256, max%256)
}
