// Slicing a pointer to an array beyond its length (its capacity).
package main

func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	for hi := 2; hi <= 6; hi += 2 {
		s := p[1:hi]
		println(hi, len(s), cap(s))
	}
}
