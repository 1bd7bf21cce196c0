// A full slice expression with low > high: "slice bounds out of range
// [3:2:]".
package main

func main() {
	s := make([]int, 5, 8)
	l, h, m := 1, 2, 6
	println(len(s[l:h:m]), cap(s[l:h:m]))
	l = 3
	t := s[l:h:m]
	println("never", len(t))
}
