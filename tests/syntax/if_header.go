package main

func main() {
	x := 1
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
	if x = 2 { // ERROR "syntax error: cannot use assignment x = 2 as value"
	}
	if { // ERROR "syntax error: missing condition in if statement"
	}
	if x == 1 // ERROR "syntax error: unexpected newline, expected \\{ after if clause"
	{
	}
	if x++ { // ERROR "syntax error: cannot use x\\+\\+ as value"
	}
	if x == 1; { // ERROR "syntax error: missing condition in if statement"
	}
}
