// Slicing an array with low > high, where high defaults to the length.
package main

func main() {
	var arr [3]byte
	lo := 2
	println(len(arr[lo:]))
	lo = 4
	println(len(arr[lo:]))
}
