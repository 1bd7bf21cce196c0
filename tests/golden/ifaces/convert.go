// Explicit conversions to interface types: T(x) where T is an interface
// and x a constant, a concrete value, nil, or a value of another
// interface type.
package main

type Reader interface {
	Read() int
}

type ReadWriter interface {
	Reader
	Write(n int)
}

type Buf struct {
	n int
}

func (b *Buf) Read() int   { return b.n }
func (b *Buf) Write(n int) { b.n += n }

type E struct{}

func (E) Error() string { return "E" }

func main() {
	a := any(7)
	println(a.(int))
	v := "s"
	b := any(v)
	println(b.(string))
	e := error(E{})
	println(e.Error())
	var rw ReadWriter = &Buf{}
	rw.Write(5)
	r := Reader(rw)
	println(r.Read())
	n := error(nil)
	println(n == nil)
	println(any(1) == any(1), any(1) == any(int8(1)))
	back := ReadWriter(r.(ReadWriter))
	back.Write(1)
	println(r.Read())
}
