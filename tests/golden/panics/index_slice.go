// Indexing a slice past its length panics with the index and the length.
package main

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{10, 20, 30}
	for i := 0; i < 3; i++ {
		println(i, get(s, i))
	}
	println(get(s, 5))
}
