package main

const limit = 3

func main() {
	n := 1
	s := "str"
	var st struct{ a int }
	n()            // ERROR "invalid operation: cannot call non-function n \(variable of type int\)"
	s(1)           // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
	limit()        // ERROR "invalid operation: cannot call non-function limit \(untyped int constant 3\)"
	println(5())   // ERROR "invalid operation: cannot call non-function 5 \(untyped int constant\)"
	"lit"()        // ERROR "invalid operation: cannot call non-function \"lit\" \(untyped string constant\)"
	true()         // ERROR "invalid operation: cannot call non-function true \(untyped bool constant\)"
	st()           // ERROR "invalid operation: cannot call non-function st \(variable of type struct{a int}\)"
	(n + 1)()      // ERROR "invalid operation: cannot call non-function \(n \+ 1\) \(value of type int\)"
}
