// Conversions between named types that share an underlying type, and
// between named and unnamed composite types.
package main

type A int32
type B int32
type List []int
type Vec [2]float64
type P struct{ X, Y int }
type Q struct{ X, Y int }

func main() {
	var a A = -7
	b := B(a)
	println(a, b, int64(b)*2)
	l := List{1, 2, 3}
	s := []int(l)
	s[0] = 100
	println(l[0], len(l))
	var v Vec = [2]float64{1.5, 2.5}
	w := [2]float64(v)
	w[0] = 9
	println(v[0], w[0])
	p := P{1, 2}
	q := Q(p)
	q.X = 5
	println(p.X, q.X, q.Y)
	m1 := A(-1)
	var u uint16 = uint16(m1)
	println(u)
	type Local A
	var x Local = Local(a) * 3
	println(x, A(x) == a*3)
}
