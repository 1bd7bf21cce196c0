// Factorials overflow int64 after 20! and wrap around modulo 2^64.
package main

func fact(n int) int {
	r := 1
	for i := 2; i <= n; i++ {
		r *= i
	}
	return r
}

func main() {
	for n := 15; n <= 30; n++ {
		println(n, fact(n))
	}
	println(fact(66), fact(100))
	// modular factorial avoids the wrap
	m := 1000000007
	r := 1
	for i := 2; i <= 100000; i++ {
		r = r * i % m
	}
	println("100000! mod 1e9+7 =", r)
}
