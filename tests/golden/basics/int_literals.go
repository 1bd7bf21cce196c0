package main

func main() {
	println(0, 1, 42, 1234567890)
	println(0x0, 0x1f, 0XFF, 0xdead_beef, 0x_7fff_ffff_ffff_ffff)
	println(0o17, 0O777, 0o_1_0)
	println(017, 0755, 00, 0)
	println(0b0, 0b101, 0B1111_0000, 0b_1)
	println(1_000_000, 9_223_372_036_854_775_807)
	println(-0x80, -0b1, -0o10, -010)
	x := 0x7FFFFFFFFFFFFFFF
	y := -0x8000000000000000
	println(x, y)
}
