// Widening a signed value sign-extends; widening an unsigned value
// zero-extends; signed->unsigned of the same width reinterprets the bits.
package main

func main() {
	var a int8 = -5
	println(int16(a), int32(a), int64(a), int(a))
	println(uint8(a), uint16(a), uint32(a), uint64(a))
	var b uint8 = 251
	println(int16(b), int32(b), int64(b), int8(b))
	var c int16 = -30000
	println(int32(c), int64(c), uint16(c), uint32(c), uint64(c))
	var d int32 = -2000000000
	println(int64(d), uint32(d), uint64(d), uint64(uint32(d)))
	var e uint32 = 3000000000
	println(int32(e), int64(e), int64(int32(e)))
	var f int64 = -1
	println(uint64(f), uint32(f), uint(f))
	for _, x := range []int8{-128, -1, 0, 1, 127} {
		println(x, uint8(x), int64(x), uint64(x), uint64(uint8(x)))
	}
}
