// iota counts the ConstSpecs of a const block from 0, restarting in each
// block; implicit repetition copies the previous expression.
package main

const (
	A = iota
	B
	C
	D
)

const (
	X = iota * 10
	Y
	Z
)

const Single = iota

const (
	First = "first"
	Second
	Idx = iota
)

func main() {
	println(A, B, C, D)
	println(X, Y, Z)
	println(Single)
	println(First, Second, Idx)
	const (
		l0 = iota + 100
		l1
		l2
	)
	println(l0, l1, l2)
}
