// A type alias is the same type as its target: no conversions needed.
package main

type Int = int
type Bytes = []byte
type Pair = struct{ A, B int }

func add(a, b int) int { return a + b }

func sum(p Pair) int { return p.A + p.B }

func main() {
	var x Int = 40
	var y int = 2
	println(add(x, y), x+y)
	b := Bytes("hi")
	var raw []byte = b
	raw[0] = 'H'
	println(string(b))
	p := struct{ A, B int }{3, 4}
	println(sum(p))
	var q Pair = p
	q.A = 10
	println(p.A, q.A, sum(q))
	type R = rune
	var r R = 'z'
	var r2 int32 = r
	println(r, r2, string(r))
	type U8 = uint8
	var u U8 = 255
	u++
	var bb byte = u
	println(bb)
}
