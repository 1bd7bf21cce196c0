// return from inside a range-over-func body: unnamed and named results,
// multiple results, values computed in the body, returns from nested loops,
// bare returns, and the iterator observing yield returning false.
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

func entries(yield func(string, int) bool) {
	names := []string{"ann", "bob", "cid", "dee"}
	for i, n := range names {
		if !yield(n, (i+1)*10) {
			println("  entries stopped at", n)
			return
		}
	}
}

func find(name string) int {
	for k, v := range entries {
		if k == name {
			return v
		}
	}
	return -1
}

func findBoth(name string) (string, int, bool) {
	for k, v := range entries {
		if k == name {
			return k + "!", v * 2, true
		}
	}
	return "", 0, false
}

func firstOver(limit int) (result int, ok bool) {
	result = -100
	for x := range upTo(20) {
		sq := x * x
		if sq > limit {
			result = sq
			ok = true
			return
		}
	}
	return
}

func namedOverride() (r int) {
	r = 1
	for x := range upTo(5) {
		r += x
		if x == 3 {
			return r * 100
		}
	}
	return 0
}

func nestedReturn() (int, int) {
	for a := range upTo(5) {
		for b := range upTo(5) {
			if a*b == 6 {
				return a, b
			}
		}
	}
	return -1, -1
}

func returnFromInnerPlainLoop() string {
	for x := range upTo(4) {
		for i := 0; i < 10; i++ {
			if i > 2 && x >= 2 {
				s := "x="
				for j := 0; j < x; j++ {
					s += "|"
				}
				return s
			}
		}
	}
	return "none"
}

func noResult(stop int) {
	for x := range upTo(10) {
		if x == stop {
			println(" noResult returning at", x)
			return
		}
	}
	println(" noResult fell through")
}

func returnInSwitch(n int) string {
	for x := range upTo(10) {
		switch {
		case x == n:
			return "hit"
		case x > n:
			return "passed"
		}
	}
	return "end"
}

func sumUntil(limit int) int {
	total := 0
	for x := range upTo(100) {
		total += x
		if total >= limit {
			return total
		}
	}
	return total
}

func main() {
	println("find bob:", find("bob"))
	println("find zed:", find("zed"))
	s, v, ok := findBoth("cid")
	println("findBoth cid:", s, v, ok)
	s, v, ok = findBoth("zzz")
	println("findBoth zzz:", s, v, ok)
	r, ok2 := firstOver(30)
	println("firstOver 30:", r, ok2)
	r, ok2 = firstOver(1000)
	println("firstOver 1000:", r, ok2)
	println("namedOverride:", namedOverride())
	a, b := nestedReturn()
	println("nestedReturn:", a, b)
	println("returnFromInnerPlainLoop:", returnFromInnerPlainLoop())
	noResult(2)
	noResult(20)
	println("returnInSwitch 3:", returnInSwitch(3))
	println("sumUntil 20:", sumUntil(20))
	println("sumUntil 99999:", sumUntil(99999))
}
