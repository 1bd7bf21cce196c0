// Indexing a nil slice panics with length 0.
package main

func main() {
	var s []float64
	println(len(s), s == nil)
	s[0] = 1
	println("never")
}
