package main

func main() {
	a := 0b1100
	b := 0b1010
	println(a&b, a|b, a^b, a&^b, b&^a)
	println(^a, ^b, ^0, ^-1, ^^a)
	c := -1
	println(c&a, c|a, c^a, c&^a, a&^c)
	m := 0x5555555555555555
	println(m, ^m, m<<1|m, m^(m<<1))
	// count set bits with the classic trick
	v := 0x0f0f_00ff_1234_8000
	count := 0
	for w := v; w != 0; w &= w - 1 {
		count++
	}
	println("popcount", count)
	// lowest set bit, clear lowest set bit
	println(v&-v, v&(v-1))
	// parity of a negative number's bits
	n := -12345
	p := 0
	for i := 0; i < 64; i++ {
		p ^= n >> i & 1
	}
	println("parity", p)
	x := 0
	x |= 1 << 3
	x |= 1 << 10
	x ^= 1 << 3
	x &^= 1 << 10
	x |= 0xF0
	x &= 0x3C
	println(x)
}
