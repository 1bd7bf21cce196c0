package main

func main() {
	x := 1
	if x > 0 {
	} else x = 2 // ERROR "syntax error: else must be followed by if or statement block"
	if x > 0 {
	} else for { // ERROR "syntax error: else must be followed by if or statement block"
	}
}
