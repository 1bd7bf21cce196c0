// The compound assignment /= checks its divisor too, and the value
// printed before the panic must reach stderr.
package main

var zero int

func main() {
	n := 1000
	for i := 0; i < 3; i++ {
		n /= 10
		print(n, " ")
	}
	println()
	n /= zero
	println("never", n)
}
