package main

var x := 1 // ERROR "syntax error: unexpected :=, expecting ="

const c := 2 // ERROR "syntax error: unexpected :=, expecting ="

func main() {
	var y := 3 // ERROR "syntax error: unexpected :=, expecting ="
	_ = y
}
