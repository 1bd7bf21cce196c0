// Anonymous struct types: variables, slices of them, assignability to
// identical named types, comparison.
package main

type Pair struct {
	K string
	V int
}

func main() {
	pt := struct{ X, Y int }{3, 4}
	println(pt.X*pt.X + pt.Y*pt.Y)
	rows := []struct {
		name string
		ok   bool
	}{{"a", true}, {"b", false}, {name: "c"}}
	for _, r := range rows {
		println(r.name, r.ok)
	}
	var p Pair = struct {
		K string
		V int
	}{"key", 7}
	println(p.K, p.V)
	a := struct{ N int }{1}
	b := struct{ N int }{1}
	println(a == b)
	var empty struct{}
	e2 := struct{}{}
	println(empty == e2)
	cfg := struct {
		Name  string
		Inner struct{ On bool }
	}{Name: "cfg"}
	cfg.Inner.On = true
	println(cfg.Name, cfg.Inner.On)
}
