package main

func pair() (int, int) { return 1, 2 }

func nothing() {}

func main() {
	a, b := 1           // ERROR "assignment mismatch: 2 variables but 1 value"
	var c, d int = 1    // ERROR "assignment mismatch: 2 variables but 1 value|missing init expr for variable declaration"
	var e int = 1, 2    // ERROR "assignment mismatch: 1 variable but 2 values|extra init expr"
	a, b = 1, 2, 3      // ERROR "assignment mismatch: 2 variables but 3 values"
	x, y, z := pair()   // ERROR "assignment mismatch: 3 variables but pair(\(\))? returns 2 values"
	a = pair()          // ERROR "assignment mismatch: 1 variable but pair(\(\))? returns 2 values"
	w := nothing()      // ERROR "nothing\(\) \(no value\) used as value"
	var v int = nothing() // ERROR "nothing\(\) \(no value\) used as value"
	p, q := pair(), 1   // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	println(a, b, c, d, e, x, y, z, w, v, p, q)
}
