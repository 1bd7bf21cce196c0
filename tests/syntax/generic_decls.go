package main

// Accepted: an array type with length P*C.
type A[P *C] int

type B[P *C,] struct{}

type C[P any int] struct{} // ERROR "syntax error: unexpected name int in parameter list; possibly missing comma or \\]"

type E[P any, Q] int // ERROR "syntax error: missing type constraint"

func main() {}
