package main

func steps(n int) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func peak(n int) int {
	p := n
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
		if n > p {
			p = n
		}
	}
	return p
}

func main() {
	n := 27
	for n != 1 {
		print(n, " ")
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
	}
	println(n)
	println("steps(27) =", steps(27), "peak(27) =", peak(27))
	best, bestN := 0, 0
	for i := 1; i < 100000; i++ {
		s := steps(i)
		if s > best {
			best, bestN = s, i
		}
	}
	println("longest below 100000:", bestN, "with", best, "steps")
	println(steps(837799), peak(837799))
}
