// An iterator that ignores yield's false result and calls yield again after
// the loop body broke out: Go's runtime panics with a runtime error (exit 2).
package main

func stubborn(yield func(int) bool) {
	for i := 0; i < 5; i++ {
		ok := yield(i)
		println("yield", i, "returned", ok)
	}
	println("stubborn finished")
}

func main() {
	defer println("main defer")
	for x := range stubborn {
		println("body", x)
		if x == 1 {
			break
		}
	}
	println("after loop (unreachable)")
}
