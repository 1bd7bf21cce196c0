// A struct holding a slice is not comparable: comparing two interfaces
// holding it panics and names the struct type.
package main

type S struct {
	N    int
	Data []byte
}

func main() {
	var a, b any = S{N: 1}, S{N: 1}
	var c any = 5
	println(a == c)
	println(a == b)
	println("never")
}
