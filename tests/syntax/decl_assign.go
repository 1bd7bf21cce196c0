package main

var x := 1 // ERROR "syntax error: unexpected :=, expected ="

const c := 2 // ERROR "syntax error: unexpected :=, expected ="

func main() {
	var y := 3 // ERROR "syntax error: unexpected :=, expected ="
	_ = y
}
