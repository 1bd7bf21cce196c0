// int->float conversion rounds to nearest, ties to even, when the integer
// has more significant bits than the mantissa.
package main

func main() {
	base := int64(1) << 53
	for i := int64(0); i <= 5; i++ {
		v := base + i
		println(v, float64(v), int64(float64(v)))
	}
	b32 := int32(1) << 24
	for i := int32(0); i <= 5; i++ {
		v := b32 + i
		println(v, float32(v), int32(float32(v)))
	}
	var u uint64 = 18446744073709551615
	println(float64(u), float32(u))
	var n int64 = -9223372036854775807
	println(float64(n))
	println(float64(int8(-128)), float32(uint8(255)), float64(uint32(4294967295)))
	x := 16777217
	println(float32(x), float64(x))
}
