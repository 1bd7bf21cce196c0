// A panic deep in a recursion unwinds every frame, running their deferred
// calls.
package main

func down(n int) int {
	defer func() {
		if n%3 == 0 {
			println("unwinding", n)
		}
	}()
	if n == 0 {
		var arr []int
		return arr[n]
	}
	return down(n-1) + 1
}

func main() {
	println("start")
	println(down(9))
}
