// int is 64 bits and arithmetic wraps silently.
package main

func main() {
	max := 9223372036854775807
	min := -max - 1
	println(max+1, min-1, max+max, min+min)
	println(max*2, max*3, min*3, max*max)
	x := 1
	for i := 0; i < 70; i++ {
		x *= 3
	}
	println("3^70 wraps to", x)
	y := 1
	for i := 0; i < 64; i++ {
		y += y
	}
	println("2^64 wraps to", y)
	z := max
	z++
	println(z)
	z--
	println(z)
	f := 1
	for i := 1; i <= 25; i++ {
		f *= i
	}
	println("25! wraps to", f)
	h := 0
	for i := 0; i < 100; i++ {
		h = h*31 + i
	}
	println("hash", h)
	u := 6364136223846793005
	s := 1442695040888963407
	for i := 0; i < 5; i++ {
		s = s*u + 1
		println(s)
	}
}
