// A full slice expression with high > max: "slice bounds out of range
// [:4:3]".
package main

func main() {
	s := make([]int, 5, 8)
	h, m := 2, 3
	println(len(s[:h:m]), cap(s[:h:m]))
	h = 4
	t := s[:h:m]
	println("never", len(t))
}
