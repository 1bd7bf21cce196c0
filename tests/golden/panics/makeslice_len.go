// make with a negative length panics: "makeslice: len out of range".
package main

func main() {
	n := 3
	s := make([]int, n)
	println(len(s))
	n -= 5
	t := make([]int, n)
	println("never", len(t))
}
