package main

func main() {
	if true {
		println()
	}
// The error is at the end of the file, at the end of this line. // ERROR "syntax error: unexpected EOF, expected \\}"