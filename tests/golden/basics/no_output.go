// A program that prints nothing at all and exits with status 0.
package main

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	x := work(10)
	_ = x
}
