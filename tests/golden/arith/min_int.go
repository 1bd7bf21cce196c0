// MinInt64 edge cases: negation wraps, and MinInt64 / -1 and % -1 do
// not trap (the spec says the quotient is x itself and the remainder 0).
package main

func div(a, b int) int {
	return a / b
}

func rem(a, b int) int {
	return a % b
}

func main() {
	m := -9223372036854775808
	println(m)
	println(-m, -m == m)
	println(m-1, m+(-1))
	println(m*-1, m*2, m*m)
	d := -1
	println(m/d, m%d)
	println(m/-1, m%-1)
	println(div(m, d), rem(m, d))
	println(div(m, -1), rem(m, -1))
	x := m
	x /= d
	println(x)
	x = m
	x %= d
	println(x)
	println(^m, m&-m, m|1, m^m, m>>63, m>>62, m>>1)
	max := 9223372036854775807
	println(max+1 == m, -max, -max-1 == m, max*max)
	println(m/1, m%1, m/m, m%m, max/m, max%m, m/max, m%max)
}
