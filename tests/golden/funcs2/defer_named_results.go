// Deferred closures can read and modify named results after the return
// statement has set them.
package main

func double(x int) (r int) {
	defer func() { r *= 2 }()
	return x + 1
}

func counted() (n int, s string) {
	defer func() {
		n++
		s += "!"
	}()
	n = 10
	s = "hi"
	return
}

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			q, ok = 0, false
		}
	}()
	return a / b, true
}

func order() (log string) {
	for i := 0; i < 3; i++ {
		defer func(k int) { log += string(rune('a' + k)) }(i)
	}
	return "start:"
}

func main() {
	println(double(4))
	println(counted())
	println(safeDiv(7, 2))
	println(safeDiv(7, 0))
	println(order())
}
