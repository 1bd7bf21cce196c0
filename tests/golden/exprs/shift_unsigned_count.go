// Shifts by unsigned counts of different widths, on signed and unsigned
// operands.
package main

func main() {
	var x int32 = -12345
	var y uint32 = 0x80000001
	for _, n := range []uint8{0, 1, 4, 15, 16, 31} {
		println(n, x<<n, x>>n, y<<n, y>>n)
	}
	var c16 uint16 = 3
	var c64 uint64 = 7
	var c uint = 9
	z := int64(-1000)
	println(z<<c16, z>>c16, z<<c64, z>>c64, z<<c, z>>c)
	var b uint8 = 0xb5
	for i := uint(0); i < 8; i++ {
		print(b >> i & 1)
	}
	println()
	var r uint8 = 0x81
	println(r<<1|r>>7, r>>1|r<<7)
}
