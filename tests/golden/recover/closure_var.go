// A recovering closure stored in a variable works when deferred through the
// variable; reassigning the variable after the defer does not change which
// function runs.
package main

func main() {
	count := 0
	handler := func() {
		if r := recover(); r != nil {
			count++
			println("handler recovered", r.(string), count)
		}
	}
	for i := 0; i < 3; i++ {
		func() {
			defer handler()
			if i != 1 {
				panic("iteration")
			}
			println("no panic at", i)
		}()
	}
	func() {
		h := handler
		defer h()
		h = func() { println("replacement, must not run") }
		panic("rebound")
	}()
	println("count", count)
}
