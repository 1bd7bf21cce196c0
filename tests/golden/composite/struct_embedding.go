// Embedded fields: promoted fields, access through the embedded type's
// name, shadowing by the outer field, embedded pointers.
package main

type Base struct {
	ID   int
	Name string
}

type Extra struct {
	Note string
}

type Derived struct {
	Base
	*Extra
	Name string
}

func main() {
	d := Derived{Base{1, "base"}, &Extra{"note"}, "derived"}
	println(d.ID, d.Name, d.Base.Name, d.Note, d.Extra.Note)
	d.ID = 5
	d.Base.Name = "changed"
	println(d.Base.ID, d.Base.Name, d.Name)
	e := d
	e.Note = "shared"
	e.ID = 99
	println(d.Note, d.ID, e.ID)
	type L3 struct{ V int }
	type L2 struct{ L3 }
	type L1 struct{ L2 }
	var l L1
	l.V = 7
	println(l.L2.L3.V, l.L3.V, l.V)
	b := d.Base
	b.ID = 0
	println(d.ID)
}
