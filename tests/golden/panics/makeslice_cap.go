// make with a capacity smaller than the length panics: "makeslice: cap
// out of range".
package main

func main() {
	l, c := 2, 4
	s := make([]byte, l, c)
	println(len(s), cap(s))
	c = 1
	t := make([]byte, l, c)
	println("never", len(t))
}
