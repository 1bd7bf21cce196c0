// Slicing a slice beyond its capacity: "slice bounds out of range [:5]
// with capacity 3".
package main

func main() {
	s := []int{1, 2, 3}
	hi := 3
	println(len(s[:hi]))
	hi = 5
	t := s[:hi]
	println("never", len(t))
}
