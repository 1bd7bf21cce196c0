package main

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
}

fmt.Println("hi") // ERROR "syntax error: non-declaration statement outside function body"

var y int z // ERROR "syntax error: unexpected name z after top level declaration"

func f() {}
