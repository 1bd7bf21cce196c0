// Panics crossing a range-over-func loop: a panic in the body unwinds through
// the iterator (running its defers) and is recovered in the enclosing
// function; also panics raised by the iterator itself, and body defers.
package main

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator defer, n =", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  iterator saw false")
				return
			}
		}
		println("  iterator done")
	}
}

func bodyPanics() (res string) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			res = "recovered: " + s
		}
	}()
	for x := range upTo(5) {
		println(" body", x)
		if x == 2 {
			panic("boom at two")
		}
	}
	return "no panic"
}

func panicWithBodyDefers() (res int) {
	defer func() {
		if r := recover(); r != nil {
			println(" recovered", r.(int))
			res = r.(int) + 1
		}
	}()
	for x := range upTo(4) {
		defer println(" body defer", x)
		if x == 1 {
			panic(41)
		}
	}
	return 0
}

func faultyIterator(yield func(int) bool) {
	defer println("  faulty iterator defer")
	yield(1)
	panic("iterator failed")
}

func iteratorPanics() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "recovered " + r.(string)
		}
	}()
	for x := range faultyIterator {
		println(" body got", x)
	}
	return "no panic"
}

func nestedPanic() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "nested recovered " + r.(string)
		}
	}()
	for a := range upTo(3) {
		for b := range upTo(3) {
			if a == 1 && b == 2 {
				panic("deep")
			}
		}
	}
	return "no panic"
}

func runtimeErrorInBody() (res string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				res = e.Error()
			}
		}
	}()
	var s []int
	for x := range upTo(3) {
		s = append(s, x)
		_ = s[x+1]
	}
	return "no panic"
}

func main() {
	println(bodyPanics())
	println("--")
	println(panicWithBodyDefers())
	println("--")
	println(iteratorPanics())
	println("--")
	println(nestedPanic())
	println("--")
	println(runtimeErrorInBody())
	println("--")
	for x := range upTo(2) {
		println(" loop still works", x)
	}
}
