// uint64 arithmetic wraps modulo 2^64 and prints as unsigned.
package main

func main() {
	var max uint64 = 18446744073709551615
	var zero uint64
	println(max, max+1, zero-1)
	var a uint64 = 1 << 32
	println("2^32*2^32", a*a, "(2^32+1)^2", (a+1)*(a+1))
	x := uint64(88172645463325252)
	for i := 0; i < 4; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		println("xorshift64", x)
	}
	var h uint64 = 14695981039346656037
	for _, c := range []byte("golden") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	println("fnv1a64", h)
	var big uint64 = 1 << 63
	println(big, big*2, big+big-1, big/3, big%3)
	println(max/10, max%10, -big, ^big)
}
