// Operator precedence: five levels for binary operators; shifts and &^
// bind like multiplication.
package main

func main() {
	println(1+2*3, (1+2)*3, 2*3+4*5)
	println(1<<2+1, 1<<(2+1), 3&1|4, 3&(1|4))
	println(10-2-3, 100/10/5, 7%4*2)
	println(6&^3+1, 6&^(3+1))
	println(1+2 == 3, 2*3 < 7 && 1 != 2, 1 < 2 == true)
	println(-2*-3, ^1+1, -1<<3)
	x := 5
	println(x*2+x/2-x%3, x^1&3, (x^1)&3)
	println(5 > 3 || 1/1 == 0 && false)
	a, b := 12, 5
	println(a&b|a^b, a|b&^a, a>>1*b)
}
