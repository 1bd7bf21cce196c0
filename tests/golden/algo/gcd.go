package main

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

// extended Euclid: returns g, x, y with a*x + b*y == g
func egcd(a, b int) (int, int, int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x, y := egcd(b, a%b)
	return g, y, x - a/b*y
}

func binaryGcd(a, b int) int {
	if a == 0 {
		return b
	}
	if b == 0 {
		return a
	}
	shift := 0
	for (a|b)&1 == 0 {
		a >>= 1
		b >>= 1
		shift++
	}
	for a&1 == 0 {
		a >>= 1
	}
	for b != 0 {
		for b&1 == 0 {
			b >>= 1
		}
		if a > b {
			a, b = b, a
		}
		b -= a
	}
	return a << shift
}

func main() {
	println(gcd(48, 18), gcd(18, 48), gcd(17, 5), gcd(0, 9), gcd(9, 0), gcd(-12, 18))
	println(gcdRec(1071, 462), binaryGcd(1071, 462), gcd(1071, 462))
	println(lcm(4, 6), lcm(21, 6), lcm(7, 13))
	l := 1
	for i := 1; i <= 40; i++ {
		l = lcm(l, i)
	}
	println("lcm(1..40) =", l)
	g, x, y := egcd(240, 46)
	println(g, x, y, 240*x+46*y)
	g, x, y = egcd(1234567, 7654321)
	println(g, x, y, 1234567*x+7654321*y)
	agree := 0
	for a := 0; a < 60; a++ {
		for b := 0; b < 60; b++ {
			if gcd(a, b) == binaryGcd(a, b) && gcd(a, b) == gcdRec(a, b) {
				agree++
			}
		}
	}
	println("agree", agree)
	// fibonacci neighbours are the worst case for Euclid
	f0, f1 := 1, 1
	for i := 0; i < 80; i++ {
		f0, f1 = f1, f0+f1
	}
	println(f0, f1, gcd(f0, f1))
}
