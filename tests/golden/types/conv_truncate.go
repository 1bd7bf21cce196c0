// Converting to a narrower integer type keeps the low-order bits.
package main

func main() {
	vals := []int64{0, 1, 127, 128, 255, 256, 32767, 32768, 65535, 65536, -1, -129, 2147483648, 4294967297, -9223372036854775808, 0x123456789abcdef0}
	for _, v := range vals {
		println(v, int8(v), int16(v), int32(v), uint8(v), uint16(v), uint32(v))
	}
	var u uint64 = 0xfedcba9876543210
	println(uint8(u), uint16(u), uint32(u), int8(u), int16(u), int32(u), int64(u))
}
