// The compiler inserts & for pointer methods on addressable values and *
// for value methods on pointers.
package main

type V struct{ x int }

func (v V) Show() int  { return v.x }
func (v *V) Set(x int) { v.x = x }

type Wrap struct {
	inner V
	arr   [2]V
}

func main() {
	var v V
	v.Set(3)
	println(v.Show())
	p := &v
	println(p.Show())
	p.Set(4)
	println(v.x)
	w := Wrap{}
	w.inner.Set(7)
	w.arr[1].Set(9)
	println(w.inner.Show(), w.arr[1].Show())
	pw := &w
	pw.inner.Set(8)
	println(w.inner.x)
	s := []V{{1}, {2}}
	s[0].Set(10)
	println(s[0].Show())
	pp := &p
	(*pp).Set(11)
	println((**pp).Show(), (*pp).Show())
	println(V{5}.Show())
	(&V{6}).Set(60)
}
