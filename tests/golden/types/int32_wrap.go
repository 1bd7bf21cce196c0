// int32 arithmetic wraps modulo 2^32; rune is int32.
package main

func main() {
	var max int32 = 2147483647
	var min int32 = -2147483648
	println(max, min)
	println(max+1, min-1, -min)
	var a int32 = 65536
	println("65536*65536", a*a)
	var b int32 = 100000
	println("100000*100000", b*b)
	var h int32 = 5381
	for _, c := range "hello, world" {
		h = h*33 + c
	}
	println("djb2 hash", h)
	var f int32 = 1
	for i := int32(1); i <= 15; i++ {
		f *= i
	}
	println("15! mod 2^32 signed", f)
	var r rune = 0x7fffffff
	r++
	println("rune wrap", r)
	println(min/-1, min%-1)
}
