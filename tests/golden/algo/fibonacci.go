package main

func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

// fast doubling: returns F(n), F(n+1)
func fibPair(n int) (int, int) {
	if n == 0 {
		return 0, 1
	}
	a, b := fibPair(n / 2)
	c := a * (2*b - a)
	d := a*a + b*b
	if n%2 == 0 {
		return c, d
	}
	return d, c + d
}

func main() {
	for i := 0; i <= 30; i++ {
		print(fibIter(i), " ")
	}
	println()
	println(fibRec(27), fibIter(27))
	f, g := fibPair(90)
	println(f, g, fibIter(90), fibIter(91))
	// F(93) overflows int64: both methods wrap identically
	f, _ = fibPair(100)
	println(fibIter(93), fibIter(100), f)
	same := true
	for i := 0; i < 200; i++ {
		p, _ := fibPair(i)
		if p != fibIter(i) {
			same = false
		}
	}
	println("fast doubling agrees:", same)
}
