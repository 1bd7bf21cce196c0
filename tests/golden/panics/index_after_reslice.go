// The bound checked by indexing is the length, not the capacity.
package main

func main() {
	s := make([]int, 2, 10)
	s[1] = 7
	println(len(s), cap(s), s[1])
	k := 2
	println(s[:cap(s)][k])
	s[k] = 1
}
