package main

func main() {
	x := 1 y := 2 // ERROR "syntax error: unexpected name y at end of statement"
	a, b // ERROR "syntax error: unexpected newline, expected := or = or comma"
	x = 3 4 // ERROR "syntax error: unexpected literal 4 at end of statement"
	_ = y
}
