// Go has five binary precedence levels:
//   * / % << >> & &^   >   + - | ^   >   == != < <= > >=   >   &&   >   ||
package main

func main() {
	a, b, c := 2, 3, 4
	println(a+b*c, a*b+c, a-b-c, a/b*c, a*b%c)
	println(1+2<<3, 1<<2+3, 1<<3-1, 16>>2*2)
	println(a|b&c, a^b|c, a&b|c, 6&^3|8, 5|3&^1)
	println(a-b^c, a+b|c, -a*b, -a+b, ^a+1, -^a)
	println(a+b == 5, a*b > c || false, a < b == (b < c))
	println(true || false && false, (true || false) && false)
	println(!true || true, !(true || true))
	println(1 < 2 && 2 < 3 || 3 < 2, 1 > 2 || 2 > 3 && true)
	x := 100
	println(x/10%3, x%7*2, x-x/3*3, -x/3, -x%3, -(x % 3))
	println(x>>1+1, x>>(1+1), x&1 == 0, (x & 1) == 0)
	y := 7
	println(y*y-4*y+4 == (y-2)*(y-2), ^y&0xff, -y>>1, (-y)>>1, -(y >> 1))
}
