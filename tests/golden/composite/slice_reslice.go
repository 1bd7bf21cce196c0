// Reslicing extends within the capacity and exposes elements written
// earlier through another slice.
package main

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4]
	println(len(s), cap(s))
	s = s[:cap(s)]
	println(len(s), s[5])
	s = s[1:3]
	println(s[0], s[1], len(s), cap(s))
	s = s[:0]
	println(len(s), cap(s))
	s = s[:4]
	println(s[3])
	t := arr[:]
	t[7] = 70
	println(s[3], arr[7])
	u := arr[5:]
	u = u[1:]
	println(len(u), u[0])
	v := t[len(t):]
	println(len(v), cap(v))
	w := arr[3:3]
	println(len(w), cap(w))
	w = w[:2]
	println(w[0], w[1])
}
