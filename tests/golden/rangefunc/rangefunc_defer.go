// defer inside a range-over-func body belongs to the enclosing function: it
// runs when that function returns (not at each iteration), in LIFO order, and
// after the iterator's own defers, which run when the iterator returns.
package main

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator defer, n =", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func basic() {
	println("basic start")
	for x := range upTo(3) {
		defer println(" body defer", x)
		println(" body", x)
	}
	println("basic after loop")
}

func withBreak() {
	defer println(" function defer (registered first)")
	for x := range upTo(5) {
		defer func() {
			println(" closure defer", x)
		}()
		if x == 2 {
			break
		}
	}
	println("withBreak after loop")
}

func withReturn() (r int) {
	defer func() {
		println(" deferred sees r =", r)
		r *= 10
	}()
	for x := range upTo(4) {
		defer func() {
			r++
			println(" increment, r =", r)
		}()
		if x == 1 {
			return 5
		}
	}
	return -1
}

func nested() {
	for a := range upTo(2) {
		for b := range upTo(2) {
			defer println(" nested defer", a, b)
		}
		defer println(" outer body defer", a)
	}
	println("nested after loops")
}

func deferInIteratorBody() {
	var it = func(yield func(string) bool) {
		defer println("  iterator cleanup A")
		defer println("  iterator cleanup B")
		if !yield("one") {
			return
		}
		yield("two")
	}
	for s := range it {
		defer println(" body defer", s)
	}
	println("deferInIteratorBody after loop")
}

func deferArgsEvaluatedNow() {
	n := 0
	for x := range upTo(3) {
		n += x
		defer println(" n was", n)
	}
	n = 1000
	println("deferArgsEvaluatedNow n =", n)
}

func loopInsideClosure() {
	f := func() {
		for x := range upTo(2) {
			defer println(" closure-level defer", x)
		}
		println(" closure returning")
	}
	f()
	println("loopInsideClosure after f")
}

func main() {
	basic()
	println("--")
	withBreak()
	println("--")
	println("withReturn:", withReturn())
	println("--")
	nested()
	println("--")
	deferInIteratorBody()
	println("--")
	deferArgsEvaluatedNow()
	println("--")
	loopInsideClosure()
}
