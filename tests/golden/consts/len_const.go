// len of constant strings and of arrays is a compile-time constant,
// usable in array sizes and other constants.
package main

const S = "héllo"
const LenS = len(S)

var table [LenS * 2]int

type Grid [3][4]int

func main() {
	println(LenS, len(table))
	var g Grid
	const rows = len(g)
	const cols = len(g[0])
	println(rows, cols, rows*cols)
	var a [len("abc") + 1]string
	println(len(a), cap(a))
	const k = len([5]int{}) * 2
	println(k)
	var p *[7]byte
	const pl = len(p)
	println(pl)
	b := [...]int{1, 2, 3, 4, 5, 6}
	const bl = len(b)
	var c [bl / 2]int
	println(bl, len(c))
}
