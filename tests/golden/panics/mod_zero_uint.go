// Remainder by zero panics as an integer divide by zero.
package main

func main() {
	var x uint64 = 12345
	for d := uint64(3); ; d-- {
		println(d, x%d)
	}
}
