// Integer literal forms: decimal, hex, octal (0o and leading 0), binary,
// digit separators.
package main

func main() {
	println(42, 0x2a, 0X2A, 052, 0o52, 0O52, 0b101010, 0B101010)
	println(1_000_000, 0x_ff_ff, 0b_1111_0000, 0o_777, 1_2_3)
	println(0xdead_beef, 0x7fff_ffff_ffff_ffff)
	println(0, 00, 0x0, 0b0, 0o0)
	const u = 0xffff_ffff_ffff_ffff
	var x uint64 = u
	println(x)
	println(017+1, 0o17+1, 0x17+1, 0b11+1)
	println(-0x80, -0b1, -0o10)
}
