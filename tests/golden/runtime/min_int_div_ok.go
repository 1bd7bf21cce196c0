// MinInt64 / -1 overflows but must not trap: Go defines the result as
// MinInt64 (and MinInt64 % -1 as 0). A hardware idiv would fault here.
package main

func quo(a, b int) int {
	return a / b
}

func rem(a, b int) int {
	return a % b
}

func main() {
	m := -9223372036854775807 - 1
	for d := -3; d <= 3; d++ {
		if d == 0 {
			continue
		}
		println(d, quo(m, d), rem(m, d))
	}
	x := m
	x /= -1
	y := m
	y %= -1
	println(x, y)
	println("done")
}
