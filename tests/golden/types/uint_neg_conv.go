// Converting negative signed values to unsigned types wraps; unsigned
// negation and ^ give two's-complement results.
package main

func main() {
	for _, v := range []int{-1, -2, -128, -255, -256, -65536} {
		println(v, uint8(v), uint16(v), uint32(v), uint64(v), uint(v))
	}
	var a uint = 5
	println(-a, ^a, -a+a, a-6)
	var b uint8 = 1
	println(-b, ^b, b-2)
	var c uint32 = 0
	c--
	println(c, c+1)
	x := int32(-1)
	println(uint32(x)>>1, x>>1, uint64(uint32(x)))
}
