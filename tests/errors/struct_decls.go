package main

type A struct {
	x int
	x string // ERROR "x redeclared"
}

type C struct {
	u undefinedT // ERROR "undefined: undefinedT"
	v []alsoMissing // ERROR "undefined: alsoMissing"
}

type E struct {
	a, b int
	b    bool // ERROR "b redeclared"
}

func main() {
	var e struct{ f, f int } // ERROR "f redeclared"
	var c C
	var a A
	var ee E
	_, _ = a, e
	println(c.u, c.v, ee.a)
}
