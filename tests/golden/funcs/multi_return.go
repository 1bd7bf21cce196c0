package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func describe(n int) (string, bool, int) {
	if n%2 == 0 {
		return "even", true, n / 2
	}
	return "odd", false, 3*n + 1
}

func nothing() {
	println("nothing returns nothing")
	return
}

func swap(a, b int) (int, int) {
	return b, a
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	q, r = divmod(-17, 5)
	println(q, r)
	lo, hi := minmax(3, -1, 2)
	println(lo, hi)
	s, even, next := describe(7)
	println(s, even, next)
	s, even, next = describe(next)
	println(s, even, next)
	nothing()
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	a, b = swap(a, b)
	println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println(x, y, z)
	// the right-hand side is evaluated completely before assigning
	i, j := 10, 20
	i, j = j+i, i-j
	println(i, j)
	// fibonacci with a parallel assignment
	f0, f1 := 0, 1
	for k := 0; k < 10; k++ {
		f0, f1 = f1, f0+f1
	}
	println(f0, f1)
}
