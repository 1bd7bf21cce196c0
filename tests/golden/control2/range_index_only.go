// Ranging with the index only, with blank identifiers, and with existing
// variables on the left (assignment instead of declaration).
package main

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		print(i, " ")
	}
	println()
	for _, v := range s {
		print(v)
	}
	println()
	var i int
	var v string
	for i, v = range s {
	}
	println("after loop", i, v)
	var k int
	for k = range "héllo" {
	}
	println("last byte index", k)
	arr := [3]int{7, 8, 9}
	idx := 0
	for idx = range arr {
		if arr[idx] == 8 {
			break
		}
	}
	println("broke at", idx)
	n := 0
	for range [5]struct{}{} {
		n++
	}
	println(n)
	for _, _ = range s {
		n++
	}
	println(n)
}
