// String constants: concatenation at compile time, len of a constant
// string is a constant, indexing and slicing give run-time values.
package main

const Greeting = "hello"
const Full = Greeting + ", " + "world"
const N = len(Full)

type Label string

const L Label = "label"

func main() {
	println(Full, N)
	var arr [N]byte
	println(len(arr))
	println(Full[0], Full[7:], Full[:5])
	const multi = "日本語"
	println(len(multi), multi[3:6])
	println(L, len(L), L+"!")
	const raw = `a\nb`
	println(raw, len(raw))
	const esc = "a\nb"
	println(len(esc))
	println(Greeting < Full, Full == "hello, world")
	const uni = "\u00e9\xff\101"
	println(len(uni), uni[2], uni[3])
}
