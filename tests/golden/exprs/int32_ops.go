// All arithmetic operators on int32 operands, wrapping at 32 bits.
package main

func ops(a, b int32) {
	println(a, b, "|", a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b)
}

func main() {
	ops(2000000000, 1000000000)
	ops(-2000000000, 1000000000)
	ops(2147483647, -1)
	ops(-2147483648, -1)
	ops(-2147483648, 10)
	ops(123456789, -9876)
	ops(65536, 65536)
	ops(-1, 0x7fff)
}
