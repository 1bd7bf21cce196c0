// A full slice expression with max beyond the capacity:
// "slice bounds out of range [::5] with capacity 3".
package main

func main() {
	s := []int{1, 2, 3}
	m := 3
	println(cap(s[0:1:m]))
	m = 5
	t := s[0:1:m]
	println("never", cap(t))
}
