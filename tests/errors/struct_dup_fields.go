package main

type A struct {
	x int
	x string // ERROR "x redeclared"
}

type B struct {
	int
	int // ERROR "int redeclared"
}

func main() {
	var a A
	var b B
	println(a.x, b.int)
}
