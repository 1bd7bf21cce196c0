// An unsigned index out of range prints as unsigned, even past MaxInt64.
package main

func main() {
	s := []int{1, 2, 3}
	var small uint8 = 2
	println(s[small])
	var i uint64 = 1<<64 - 1
	println("about to index")
	println(s[i])
}
