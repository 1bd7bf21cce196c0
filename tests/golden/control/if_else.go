package main

func classify(n int) {
	if n < 0 {
		println(n, "is negative")
	} else if n == 0 {
		println(n, "is zero")
	} else if n < 10 {
		println(n, "is small")
	} else if n < 100 {
		println(n, "is medium")
	} else {
		println(n, "is large")
	}
}

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
	return 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func main() {
	classify(-5)
	classify(0)
	classify(7)
	classify(42)
	classify(1000)
	println(sign(-9), sign(0), sign(9), abs(-3), abs(3))
	if x := abs(-12); x%2 == 0 {
		println("even", x)
	} else {
		println("odd", x)
	}
	if y := 3; y > 5 {
		println("big", y)
	} else if z := y * 2; z > 5 {
		println("y small but z big", y, z)
	} else {
		println("both small", y, z)
	}
	if true {
		println("always")
	}
	if false {
		println("never")
	}
	n := 0
	if n++; n == 1 {
		println("init statement ran, n =", n)
	}
	a, b := 3, 4
	if a, b = b, a; a > b {
		println("swapped in init:", a, b)
	}
	if !(a < b) && b != 0 {
		println("compound condition holds")
	}
}
