// Shifts: counts >= 64 shift everything out; >> on negative values is
// arithmetic, so it saturates at -1.
package main

func shl(x, n int) int {
	return x << n
}

func shr(x, n int) int {
	return x >> n
}

func main() {
	one := 1
	for n := 0; n <= 70; n += 7 {
		println(n, shl(one, n), shl(-one, n), shr(1000000, n), shr(-1000000, n))
	}
	x := 5
	neg := -5
	println(x<<63, x<<64, x<<65, x<<1000)
	println(x>>63, x>>64, neg>>63, neg>>64, neg>>1000)
	n := 64
	println(x<<n, x>>n, neg<<n, neg>>n)
	n = 63
	println(x<<n, x>>n, neg<<n, neg>>n)
	n = 100000
	println(one<<n, one>>n, neg>>n)
	println(-1>>1, -2>>1, -3>>1, 3>>1, -1<<1)
	y := 0x0123456789abcdef
	println(y<<4, y>>4, y<<32>>32, y>>32<<32)
	y <<= 8
	println(y)
	y >>= 60
	println(y)
}
