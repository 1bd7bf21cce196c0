// Slicing a string beyond its length: "with length", not capacity.
package main

func main() {
	s := "abc"
	for n := 1; n <= 5; n += 2 {
		println(n, s[:n])
	}
}
