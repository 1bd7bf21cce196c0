// A module of three packages: main imports geom (two files) and, renamed,
// strs; geom imports strs too. Package-level variables and init functions
// run in dependency order.
package main

import (
	"example.com/shapes/geom"
	s "example.com/shapes/util/strs"
)

var total = geom.New(2, 3).Area()

func init() {
	println("main init", geom.Count, total)
}

func main() {
	r := geom.Rect{W: 4, H: 5}
	println(r.Area(), geom.Perimeter(r), geom.Pi, geom.Count, total)
	println(geom.Describe(r), s.Calls(), helper())
	p := geom.New(1, 1)
	p.W = 10
	println(p.Area())
}
