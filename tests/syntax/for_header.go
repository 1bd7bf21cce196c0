package main

func main() {
	for i := 0; i < 10; j := i { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
	for var i = 0; i < 3; i++ { // ERROR "syntax error: var declaration not allowed in for initializer"
	}
	for i := 0; { // ERROR "syntax error: unexpected \\{, expected for loop condition"
	}
	for i := 0; i < 10; i++ // ERROR "syntax error: unexpected newline, expected \\{ after for clause"
	{
	}
}
