// Indexing through a nil pointer to an array panics with a nil
// dereference (len of a nil *array is still fine).
package main

func main() {
	var p *[3]int
	println(len(p))
	i := 1
	println(p[i])
}
