// int64 arithmetic wraps modulo 2^64.
package main

func main() {
	var max int64 = 9223372036854775807
	var min int64 = -9223372036854775808
	println(max, min)
	println(max+1, min-1, -min)
	var a int64 = 4294967296
	println("2^32*2^32", a*a, "2^32*2^31", a*(a/2))
	var b int64 = 3037000500
	println("3037000500^2", b*b)
	var f int64 = 1
	for i := int64(1); i <= 25; i++ {
		f *= i
		if i >= 19 {
			println(i, "!", f)
		}
	}
	var h int64 = -3750763034362895579
	for i := 0; i < 5; i++ {
		h ^= int64(i)
		h *= 1099511628211
	}
	println("fnv-ish", h)
	x := max
	x += max
	println("max+max", x)
}
