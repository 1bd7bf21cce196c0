package main

func main() {
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	a := 1 1
	a := 1 1
}
