package main

var self = self + 1 // ERROR "initialization (loop for self|cycle: self refers to itself)"

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() {}

func main(args string) { // ERROR "func main must have no arguments and no return values"
	init()   // ERROR "undefined: init"
	f := init // ERROR "undefined: init"
	println(f)
}
