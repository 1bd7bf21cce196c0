// Several constants per line: iota is the line number, and implicit
// repetition repeats the whole list.
package main

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const (
	x, y, z = iota, iota + 1, iota + 2
	u, v, w
)

func main() {
	println(A, B, C, D, E, F)
	println(bit0, mask0, bit1, mask1, bit3, mask3)
	println(x, y, z, u, v, w)
}
