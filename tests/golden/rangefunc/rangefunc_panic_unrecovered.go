// An unrecovered panic in a range-over-func body: the iterator's defers and
// the enclosing functions' defers run before the program dies with the panic.
package main

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("iterator defer")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func work() {
	defer println("work defer")
	for x := range upTo(5) {
		defer println("body defer", x)
		println("body", x)
		if x == 1 {
			panic("body gave up")
		}
	}
	println("unreachable")
}

func main() {
	defer println("main defer")
	work()
	println("unreachable in main")
}
