package main

type I interface {
	M()
	m[T any]() // ERROR "interface method must have no type parameters"
	~
} // ERROR "syntax error: unexpected \\}, expected type"

type J interface {
	int | 
} // ERROR "syntax error: unexpected \\}, expected ~ term or type"

func main() {}
