// All arithmetic operators on int8 operands, wrapping at 8 bits.
package main

func ops(a, b int8) {
	println(a, b, "|", a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b)
}

func main() {
	ops(100, 50)
	ops(-100, 50)
	ops(127, -1)
	ops(-128, 3)
	ops(-128, -1)
	ops(77, -13)
	ops(-7, 2)
	ops(64, 4)
}
