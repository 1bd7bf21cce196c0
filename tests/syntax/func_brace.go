package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before \\{"
}

func f() int
{ // ERROR "syntax error: unexpected semicolon or newline before \\{"
	return 1
}
