// An iterator that saves its yield function and calls it after the loop has
// finished: Go's runtime panics with a runtime error (exit 2).
package main

var saved func(int) bool

func keeper(yield func(int) bool) {
	saved = yield
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	sum := 0
	for x := range keeper {
		sum += x
		println("body", x)
	}
	println("loop done, sum", sum)
	println("calling saved yield")
	ok := saved(42)
	println("unreachable", ok)
}
