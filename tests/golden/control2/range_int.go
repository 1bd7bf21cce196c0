// Ranging over an integer n (Go 1.22) iterates 0..n-1 with the loop
// variable of n's type; n is evaluated once; n <= 0 runs no iterations.
package main

var calls int

func count() int {
	calls++
	return 4
}

func main() {
	for i := range 5 {
		print(i, " ")
	}
	println()
	sum := 0
	for i := range count() {
		sum += i
	}
	println(sum, calls)
	n := 3
	for i := range n {
		n = 10
		print(i, " ")
	}
	println(n)
	for range 0 {
		println("never")
	}
	neg := -2
	for i := range neg {
		println("never", i)
	}
	k := 0
	for range 7 {
		k++
	}
	println(k)
	var u8 uint8 = 3
	for i := range u8 {
		print(i*200, " ")
	}
	println()
}
