package main

func f() {}

func f() {} // ERROR "f redeclared in this block"

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	var y int
	var y string // ERROR "y redeclared in this block"
	println(x, y)
}
