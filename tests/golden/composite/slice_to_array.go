// Converting a slice to an array (Go 1.20) copies its first elements, and
// panics with Go's message when the slice is too short.
package main

func main() {
	s := []int{1, 2, 3, 4}
	a := [2]int(s)
	a[0] = 9
	println(a[0], a[1], s[0])
	b := [4]int(s)
	println(len(b), b[3])
	var e []string
	z := [0]string(e)
	println(len(z))
	type A [3]byte
	x := A([]byte("abcdef"))
	println(string(x[:]))
	defer func() {
		r := recover()
		println(r.(error).Error())
		var n []int
		_ = [1]int(n)
	}()
	_ = [5]int(s)
}
