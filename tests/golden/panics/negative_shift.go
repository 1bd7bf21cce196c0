// A negative shift count (signed count type) panics at run time.
package main

func shl(x int, n int) int { return x << n }

func main() {
	for n := 2; ; n-- {
		println(n, shl(1, n))
	}
}
