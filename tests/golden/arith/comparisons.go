package main

func cmp(a, b int) {
	println(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp(1, 2)
	cmp(2, 1)
	cmp(3, 3)
	cmp(-1, 1)
	cmp(-9223372036854775808, 9223372036854775807)
	cmp(9223372036854775807, -9223372036854775808)
	cmp(0, -0)
	t, f := true, false
	println(t == t, t == f, t != f, f != f)
}
