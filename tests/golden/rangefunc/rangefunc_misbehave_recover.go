// An iterator that recovers a panic raised by the loop body and returns
// normally instead of re-panicking: Go's runtime panics with a runtime error.
package main

func swallow(yield func(int) bool) {
	defer func() {
		r := recover()
		println("iterator recovered:", r.(string))
	}()
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	for x := range swallow {
		println("body", x)
		if x == 1 {
			panic("body panic")
		}
	}
	println("after loop (unreachable)")
}
