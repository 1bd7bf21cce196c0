// break and continue in range-over-func bodies: plain, labelled ones that
// target an outer plain for loop or an outer range-over-func loop, and
// nested range-over-func loops; the iterator sees yield return false on break.
package main

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  upTo", n, "stopped at", i)
				return
			}
		}
		println("  upTo", n, "done")
	}
}

func letters(yield func(int, string) bool) {
	s := "abcde"
	for i := 0; i < len(s); i++ {
		if !yield(i, s[i:i+1]) {
			println("  letters stopped at", i)
			return
		}
	}
	println("  letters done")
}

func main() {
	println("break:")
	for x := range upTo(10) {
		if x == 3 {
			break
		}
		println(" x", x)
	}

	println("continue:")
	for x := range upTo(6) {
		if x%2 == 0 {
			continue
		}
		println(" odd", x)
	}

	println("labelled break of outer for:")
outerFor:
	for i := 0; i < 3; i++ {
		for x := range upTo(5) {
			if i == 1 && x == 2 {
				break outerFor
			}
			println(" i", i, "x", x)
		}
		println(" end of i", i)
	}

	println("labelled continue of outer for:")
nextI:
	for i := 0; i < 3; i++ {
		for x := range upTo(4) {
			if x > i {
				continue nextI
			}
			println(" i", i, "x", x)
		}
		println(" never reached for i", i)
	}

	println("nested range-over-func, break outer:")
outerRange:
	for i, s := range letters {
		for x := range upTo(3) {
			if i == 2 && x == 1 {
				break outerRange
			}
			println(" ", s, x)
		}
	}

	println("nested range-over-func, continue outer:")
again:
	for i, s := range letters {
		for x := range upTo(4) {
			if x == i {
				continue again
			}
			println(" ", s, x)
		}
		println(" finished inner for", s)
	}

	println("inner plain break inside range-over-func:")
	for x := range upTo(3) {
		for j := 0; j < 10; j++ {
			if j == x {
				break
			}
			println(" x", x, "j", j)
		}
	}

	println("switch break inside body:")
	for x := range upTo(4) {
		switch x {
		case 1:
			break
		case 2:
			continue
		}
		println(" after switch", x)
	}

	println("labelled break from a switch in a body:")
loop:
	for x := range upTo(5) {
		switch {
		case x == 3:
			break loop
		}
		println(" x", x)
	}

	println("three levels:")
top:
	for a := range upTo(3) {
		for b := range upTo(3) {
			for c := range upTo(3) {
				if c == 1 {
					continue
				}
				if b == 1 {
					continue top
				}
				if a == 2 {
					break top
				}
				println(" ", a, b, c)
			}
		}
	}
	println("done")
}
