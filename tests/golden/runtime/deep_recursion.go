// A million nested calls must work: goroutine stacks grow on demand.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sum(n, acc int) int {
	if n == 0 {
		return acc
	}
	return sum(n-1, acc+n)
}

func main() {
	println(depth(1000000))
	println(sum(1000000, 0))
}
