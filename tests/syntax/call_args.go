package main

func f(a, b int) {}

func main() {
	f(1, 2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \\)"
	)
	f(1 2) // ERROR "syntax error: unexpected literal 2 in argument list; possibly missing comma or \\)"
	f(1,, 2) // ERROR "syntax error: unexpected comma, expected expression"
}
