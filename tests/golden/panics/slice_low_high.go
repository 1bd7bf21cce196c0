// A slice expression with low > high: "slice bounds out of range [5:3]".
package main

func main() {
	s := make([]int, 3, 10)
	lo, hi := 1, 3
	println(len(s[lo:hi]))
	lo = 5
	t := s[lo:hi]
	println("never", len(t))
}
