// os.Exit ends the program at once with its status: deferred calls do not
// run, even during a panic.
package main

import "os"

func cleanup() {
	defer println("not printed: the program has exited")
	println("exiting with 3")
	os.Exit(3)
}

func main() {
	defer println("not printed either")
	defer func() {
		r := recover()
		println("recovered", r.(string))
		cleanup()
	}()
	panic("boom")
}
