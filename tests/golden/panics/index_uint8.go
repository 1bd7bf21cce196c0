// An index of a small unsigned type is still bounds-checked against the
// length.
package main

func main() {
	var arr [200]int
	var i uint8
	for i = 190; ; i += 5 {
		arr[i] = int(i)
		println(i, arr[i])
	}
}
