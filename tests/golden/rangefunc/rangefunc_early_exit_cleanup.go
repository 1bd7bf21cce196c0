// Iterators that clean up after yield returns false (or after finishing):
// the order of prints between body, iterator cleanup and code after the
// loop, for break, return, and nested iterators composed from each other.
package main

func resource(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		println("  open", name)
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  stopped early", name, "at", i)
				break
			}
		}
		println("  close", name)
	}
}

// filter composes iterators: it ranges over src inside its own body.
func filter(src func(func(int) bool), keep func(int) bool) func(func(int) bool) {
	return func(yield func(int) bool) {
		println("  filter start")
		for v := range src {
			if keep(v) && !yield(v) {
				println("  filter stopping")
				return
			}
		}
		println("  filter end")
	}
}

func even(v int) bool { return v%2 == 0 }

func firstEven(n int) int {
	for v := range filter(resource("R", n), even) {
		if v > 0 {
			return v
		}
	}
	return -1
}

// ignoresFalse keeps running code (but does not call yield) after false.
func ignoresFalse(yield func(string) bool) {
	more := yield("first")
	println("  after first, more =", more)
	if more {
		more = yield("second")
		println("  after second, more =", more)
	}
	println("  ignoresFalse returns")
}

func main() {
	println("full run:")
	for v := range resource("A", 2) {
		println(" body", v)
	}
	println("after A")

	println("break:")
	for v := range resource("B", 5) {
		println(" body", v)
		if v == 1 {
			break
		}
	}
	println("after B")

	println("nested:")
	for a := range resource("outer", 3) {
		for b := range resource("inner", 3) {
			println(" body", a, b)
			if b == 0 {
				break
			}
		}
		if a == 1 {
			break
		}
	}
	println("after nested")

	println("composed return:")
	println("firstEven(10) =", firstEven(10))
	println("firstEven(1) =", firstEven(1))

	println("ignoresFalse break:")
	for s := range ignoresFalse {
		println(" body", s)
		break
	}
	println("ignoresFalse full:")
	for s := range ignoresFalse {
		println(" body", s)
	}
	println("end")
}
