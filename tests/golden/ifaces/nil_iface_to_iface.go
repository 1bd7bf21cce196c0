package main

// A nil interface value converted to another interface stays nil.

type R interface{ R() }
type RW interface {
	R()
	W()
}

type file struct{ name string }

func (f *file) R() {}
func (f *file) W() {}

var (
	e  interface{}
	r  R
	rw RW
)

func main() {
	r = rw
	e = r
	println(r == nil, e == nil)
	rw = &file{"a"}
	r = rw
	e = r
	println(r != nil, e != nil)
	_, ok := e.(RW)
	println(ok)
}
