// Deferred calls run (in LIFO order) before the panic message is printed.
package main

func work() {
	defer println("deferred in work")
	for i := 0; i < 3; i++ {
		defer println("loop defer", i)
	}
	panic("work failed")
}

func main() {
	defer println("deferred in main")
	println("calling work")
	work()
	println("never")
}
