package main

const limit = 10

var limit = 20 // ERROR "limit redeclared in this block"

type shape int

type shape struct{} // ERROR "shape redeclared in this block"

var counter int

func counter() {} // ERROR "counter redeclared in this block"

func params(a int, a string) {} // ERROR "a redeclared in this block|duplicate argument a"

func results() (r int, r int) { return 0, 0 } // ERROR "r redeclared in this block|duplicate argument r"

func shadowParam(x int) {
	var x int // ERROR "x redeclared in this block"
	println(x)
}

func main() {
	const k = 1
	var k = 2 // ERROR "k redeclared in this block"
	type local int
	var local string // ERROR "local redeclared in this block"
	println(k)
}
