// All arithmetic operators on int16 operands, wrapping at 16 bits.
package main

func ops(a, b int16) {
	println(a, b, "|", a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b)
}

func main() {
	ops(30000, 10000)
	ops(-30000, 10000)
	ops(32767, -1)
	ops(-32768, -1)
	ops(-32768, 7)
	ops(1234, -567)
	ops(256, 256)
	ops(-1, 255)
}
