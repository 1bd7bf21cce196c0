// Indexing an array with a variable index out of range panics.
package main

func main() {
	var arr [4]string
	idx := []int{0, 3, 1, 4}
	for _, i := range idx {
		arr[i] = "set"
		println("set", i)
	}
	println("never")
}
