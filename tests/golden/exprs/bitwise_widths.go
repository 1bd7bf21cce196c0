// Bitwise complement, and, or, xor at every width.
package main

func main() {
	var a8 int8 = 0x5a
	var b8 uint8 = 0x5a
	println(^a8, ^b8, a8&0x0f, b8|0x80, a8^-1, b8^0xff)
	var a16 int16 = 0x1234
	var b16 uint16 = 0x1234
	println(^a16, ^b16, a16&-256, b16|0xf000, a16^0x7fff)
	var a32 int32 = -0x12345678
	var b32 uint32 = 0x12345678
	println(^a32, ^b32, a32&0xffff, b32|0xf0000000, a32^a32)
	var a64 int64 = 0x0123456789abcdef
	var b64 uint64 = 0xfedcba9876543210
	println(^a64, ^b64, a64&int64(b64>>1), b64|uint64(a64), uint64(a64)^b64)
	popcount := 0
	for v := b64; v != 0; v &= v - 1 {
		popcount++
	}
	println("popcount", popcount)
	x := uint32(0x80000000)
	lowest := x & -x
	y := uint32(0b101000)
	println(lowest, y&-y)
}
