// After one deferred call recovers, the remaining (earlier-deferred) calls
// still run in LIFO order and see no panic; calls deferred after the
// recovering one ran first, while panicking.
package main

func f() {
	defer println("d1: runs last")
	defer func() {
		println("d2: recover nil:", recover() == nil)
	}()
	defer func() {
		r := recover()
		println("d3: recovered", r.(string))
	}()
	defer func() {
		println("d4: runs first while panicking")
	}()
	panic("p")
}

func main() {
	f()
	println("main")
}
