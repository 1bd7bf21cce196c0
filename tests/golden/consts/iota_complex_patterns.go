// iota in less common places: inside function-scoped const blocks, in
// typed conversions, combined with other constants, and reset per block.
package main

type Level uint8

const base = 7

const (
	Trace Level = iota + base
	Debug
	Info
	_
	Error = Level(iota*iota) + Trace
	Fatal
)

const (
	a = iota
	b = len("xx") + iota
	c
)

func main() {
	println(Trace, Debug, Info, Error, Fatal)
	println(a, b, c)
	const (
		x = 'a' + iota
		y
		z
	)
	println(x, string(rune(y)), z)
	const (
		s0 = iota > 1
		s1
		s2
		s3
	)
	println(s0, s1, s2, s3)
	const (
		h0 = len("abcdef") - iota*2
		h1
		h2
	)
	var arr [h0]int
	println(len(arr), h1, h2)
}
