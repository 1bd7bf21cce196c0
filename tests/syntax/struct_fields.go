package main

type T struct {
	(S) // ERROR "syntax error: cannot parenthesize embedded type"
	*(S) // ERROR "syntax error: cannot parenthesize embedded type"
	a int
	1 // ERROR "syntax error: unexpected literal 1, expected field name or embedded type"
}

type S struct{}

func main() {}
