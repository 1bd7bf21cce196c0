// A method value t.M binds its receiver when evaluated: a value receiver
// is copied then, a pointer receiver keeps pointing at the variable.
package main

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return t.n }
func (t *T) Inc()     { t.n++ }

func main() {
	t := T{1}
	val := t.Val
	ptr := t.Ptr
	inc := t.Inc
	t.n = 10
	println(val(), ptr())
	inc()
	inc()
	println(t.n, val(), ptr())
	p := &T{100}
	pv := p.Val
	p.n = 200
	println(pv(), p.Val())
	fs := []func() int{t.Val, p.Ptr}
	t.n = -1
	p.n = -2
	println(fs[0](), fs[1]())
	apply := func(f func()) { f(); f(); f() }
	apply(t.Inc)
	println(t.n)
}
