package main

func main() {
	for {
	L:
	}
	{
	M: ) // ERROR "syntax error: missing statement after label"
	}
} // ERROR "syntax error: non-declaration statement outside function body"
