// Deferred closures created in a loop capture that iteration's variable
// (Go 1.22 semantics), so they see distinct values when they run in LIFO
// order at function exit.
package main

func run() (log string) {
	for i := 0; i < 3; i++ {
		defer func() { log += string(rune('0' + i)) }()
	}
	for _, s := range []string{"a", "b"} {
		defer func() { log += s }()
	}
	return "start:"
}

func main() {
	println(run())
	for i := range 3 {
		defer func() { println("deferred", i) }()
	}
	println("main done")
}
