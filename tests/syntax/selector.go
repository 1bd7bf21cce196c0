package main

func main() {
	var x struct{ a int }
	// A selector may continue on the next line.
	_ = x.
	_ = x.1 // ERROR "syntax error: unexpected = at end of statement"
	_ = x.(int // ERROR "syntax error: unexpected newline, expected \\)"
}
