package main

func neg(x int) int {
	return -x
}

func main() {
	x := 42
	println(-x, +x, ^x, - -x, -(-x), +-x, -+x)
	y := -7
	println(-y, +y, ^y, ^^y, ^-y, -^y)
	z := 0
	println(-z, ^z, +z)
	b := true
	println(!b, !!b, !!!b)
	println(neg(neg(5)), -neg(5), ^neg(0))
	w := x
	w = -w
	println(w)
	w = ^w
	println(w)
}
