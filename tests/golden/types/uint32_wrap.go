// uint32 arithmetic wraps modulo 2^32.
package main

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	var max uint32 = 4294967295
	var zero uint32
	println(max, max+1, zero-1)
	var a uint32 = 65536
	println("2^16*2^16", a*a, "2^16*(2^16-1)", a*(a-1))
	println("fnv1a", hash(""), hash("a"), hash("hello"))
	var x uint32 = 123456789
	for i := 0; i < 3; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		println("xorshift", x)
	}
	var n uint32 = 7
	println("7-8", n-8, "-n", -n, "^n", ^n)
	println(max/3, max%10, max>>31, max<<31)
}
