// The bit clear operator &^ and its assignment form.
package main

func main() {
	a := 0xff
	println(a&^0x0f, a&^0xf0, a&^0, a&^a, 0&^a)
	var u uint8 = 0b10110110
	var m uint8 = 0b11110000
	println(u&^m, u&(^m), u&^m == u&^m&u)
	x := -1
	x &^= 1 << 3
	println(x)
	var f uint16 = 0xffff
	for i := 0; i < 16; i += 3 {
		f &^= 1 << uint(i)
	}
	println(f)
	var s int32 = -16
	println(s&^7, s&^-8, s&^-1)
	flags := uint32(0b1111)
	clear := uint32(0b0101)
	flags &^= clear
	println(flags)
	var big uint64 = 1<<64 - 1
	println(big&^(1<<63), big&^big)
}
