package main

func main() {
	x := 10
	x += 5
	println(x)
	x -= 20
	println(x)
	x *= -3
	println(x)
	x /= 4
	println(x)
	x %= 5
	println(x)
	x = 0xF0
	x &= 0x3C
	println(x)
	x |= 0x101
	println(x)
	x ^= 0xFF
	println(x)
	x &^= 0x0F
	println(x)
	x <<= 3
	println(x)
	x >>= 5
	println(x)
	x = -17
	x >>= 2
	println(x)
	x++
	println(x)
	x--
	x--
	println(x)
	s := "a"
	s = "b"
	println(s)
	n := 3
	n *= n
	n += n
	println(n)
	sh := 2
	y := 1
	y <<= sh
	y <<= sh
	println(y)
	y >>= sh
	println(y)
}
