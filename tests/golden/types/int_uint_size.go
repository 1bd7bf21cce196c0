// int and uint are 64 bits wide on the 64-bit targets.
package main

func main() {
	var i int = 1 << 62
	println(i, i*2, i*4)
	var u uint = 1 << 63
	println(u, u*2, u-1)
	max := int(^uint(0) >> 1)
	min := -max - 1
	println(max, min, max+1 == min)
	n := 0
	for x := uint(1); x != 0; x <<= 1 {
		n++
	}
	println("bits in uint", n)
	m := 0
	for x := -1; x != 0; x = int(uint(x) >> 1) {
		m++
	}
	println("bits in int", m)
	println(int64(i) == int64(1)<<62, uint64(u) == 1<<63)
}
