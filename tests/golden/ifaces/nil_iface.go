// A nil interface differs from an interface holding a nil pointer; a
// method with a pointer receiver can still be called on a nil pointer.
package main

type T struct {
	v int
}

func (t *T) Val() int {
	if t == nil {
		return -1
	}
	return t.v
}

type Valuer interface {
	Val() int
}

func find(ok bool) *T {
	if ok {
		return &T{5}
	}
	return nil
}

func asValuer(ok bool) Valuer {
	return find(ok)
}

func asValuerNil(ok bool) Valuer {
	if t := find(ok); t != nil {
		return t
	}
	return nil
}

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

func mayFail(fail bool) error {
	var p *myErr
	if fail {
		p = &myErr{}
	}
	return p
}

func main() {
	var v Valuer
	println(v == nil)
	var tp *T
	v = tp
	println(v == nil, v.Val())
	println(asValuer(true) == nil, asValuer(true).Val())
	println(asValuer(false) == nil, asValuer(false).Val())
	println(asValuerNil(false) == nil)
	p, ok := v.(*T)
	println(ok, p == nil)
	err := mayFail(false)
	println(err == nil, err.Error())
	err = mayFail(true)
	println(err == nil, err.Error())
	var a any = tp
	var b any
	println(a == nil, b == nil, a == b)
	var tp2 *T
	b = tp2
	println(a == b)
	var s []int
	a = s
	println(a == nil)
	var f func()
	a = f
	println(a == nil)
	var m map[int]int
	a = m
	println(a == nil)
}
