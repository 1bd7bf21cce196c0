package main

func count() int { return 1 }

func main() {
	s := "yes"
	n := 1
	var f float64
	if s { // ERROR "non-boolean condition in if statement"
	}
	if count() { // ERROR "non-boolean condition in if statement"
	}
	if n = 2; n { // ERROR "non-boolean condition in if statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	for f { // ERROR "non-boolean condition in for statement"
	}
	if 1 { // ERROR "non-boolean condition in if statement"
	} else if "x" { // ERROR "non-boolean condition in if statement"
	}
	println(n && true) // ERROR "invalid operation: n && true \(mismatched types int and untyped bool\)"
	println(!s)        // ERROR "invalid operation: operator ! not defined on s \(variable of type string\)"
	println(true || s) // ERROR "invalid operation: true \|\| s \(mismatched types untyped bool and string\)"
}
