// recover works in a deferred method call, with value and pointer receivers
// bound directly (`defer t.m()`); a pointer receiver can record the value.
package main

type T struct {
	name string
	got  string
}

func (t T) valueRecover() {
	r := recover()
	s, _ := r.(string)
	println("value receiver", t.name, "recovered:", s)
}

func (t *T) ptrRecover() {
	if r := recover(); r != nil {
		t.got = r.(string)
	}
	println("pointer receiver", t.name, "got:", t.got)
}

func viaValue() {
	t := T{name: "v"}
	defer t.valueRecover()
	t.name = "changed"
	panic("from viaValue")
}

func viaPointer(t *T) {
	defer t.ptrRecover()
	panic("from viaPointer")
}

func main() {
	viaValue()
	t := &T{name: "p"}
	viaPointer(t)
	println("after:", t.got)
	var u T
	u.name = "u"
	func() {
		defer u.ptrRecover()
		panic("addressable value")
	}()
	println("u.got:", u.got)
}
