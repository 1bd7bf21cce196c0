// All arithmetic operators on unsigned operands of every width.
package main

func ops8(a, b uint8) {
	println("u8 ", a, b, "|", a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b)
}

func ops16(a, b uint16) {
	println("u16", a, b, "|", a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b)
}

func ops32(a, b uint32) {
	println("u32", a, b, "|", a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b)
}

func ops64(a, b uint64) {
	println("u64", a, b, "|", a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b)
}

func main() {
	ops8(200, 100)
	ops8(3, 250)
	ops16(60000, 7000)
	ops16(5, 65535)
	ops32(4000000000, 300000000)
	ops32(1, 4294967295)
	ops64(18000000000000000000, 1000000000000000000)
	ops64(7, 18446744073709551615)
	ops64(1<<63, 3)
}
