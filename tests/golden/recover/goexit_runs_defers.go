// runtime.Goexit runs every deferred call, where recover returns nil, then
// ends main: with no goroutine left, Go reports a deadlock.
package main

import "runtime"

func f() {
	defer println("f deferred")
	defer func() {
		println("recover during Goexit:", recover() == nil)
	}()
	runtime.Goexit()
	println("not reached")
}

func main() {
	defer println("main deferred")
	f()
	println("not reached either")
}
