// Integer division by a zero variable panics; the program exits with
// status 2 after printing the panic message and a goroutine trace.
package main

func div(a, b int) int {
	return a / b
}

func main() {
	println("before")
	z := 0
	for i := 3; i >= 0; i-- {
		println(12, "/", i, "=", div(12, i))
	}
	println("never", z)
}
