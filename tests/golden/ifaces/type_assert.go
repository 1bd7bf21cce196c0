// Comma-ok type assertions to concrete and interface types, on interfaces
// holding values, pointers and nothing at all.
package main

type Shape interface {
	Area() int
}

type Sq struct {
	S int
}

func (s Sq) Area() int { return s.S * s.S }

type Rect struct {
	W, H int
}

func (r *Rect) Area() int { return r.W * r.H }

type Named int

func main() {
	var x any = 42
	i, ok := x.(int)
	println(i, ok)
	s, ok := x.(string)
	println(s == "", ok)
	i64, ok := x.(int64)
	println(i64, ok)
	n, ok := x.(Named)
	println(n, ok)
	x = Named(7)
	n, ok = x.(Named)
	println(n, ok)
	_, ok = x.(int)
	println(ok)

	x = Sq{3}
	sh, ok := x.(Shape)
	println(ok, sh.Area())
	sq, ok := x.(Sq)
	println(ok, sq.S)
	_, ok = x.(*Sq)
	println(ok)
	x = Rect{2, 3}
	_, ok = x.(Shape)
	println(ok)
	x = &Rect{2, 3}
	sh, ok = x.(Shape)
	println(ok, sh.Area())
	rp := x.(*Rect)
	rp.W = 10
	println(sh.Area())

	x = nil
	_, ok = x.(int)
	println(ok)
	_, ok = x.(Shape)
	println(ok)
	var shv Shape = Sq{4}
	v := shv.(Sq).S
	println(v, shv.(Shape).Area())
	if q, ok := shv.(interface{ Area() int }); ok {
		println("anon", q.Area())
	}
	x = "str"
	println(x.(string) + "!")
}
