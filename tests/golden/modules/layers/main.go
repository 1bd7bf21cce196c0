// Initialisation across a chain of packages: each package's variables (in
// dependency order) and init functions run after those of the packages it
// imports.
package main

import (
	"layers/a"
	"layers/c"
)

var mainVar = c.Record("main.var")

func init() { c.Record("main.init") }

func main() {
	for i, s := range c.Order {
		println(i, s)
	}
	println(a.Total(), a.Third, mainVar, c.First)
}
