// Unbounded recursion exhausts Go's 1 GB maximum stack: the runtime prints
// "runtime: goroutine stack exceeds 1000000000-byte limit", then
// "fatal error: stack overflow", and exits with status 2.
package main

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	println("start")
	println(forever(0))
}
