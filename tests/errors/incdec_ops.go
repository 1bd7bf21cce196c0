package main

func main() {
	s := "a"
	b := true
	f := 1.5
	n := 1
	s -= "b"   // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	b += true  // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	f %= 2     // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	f <<= 1    // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	n += "x"   // ERROR "cannot convert \"x\" \(untyped string constant\) to (type )?int|invalid operation: n \+= \"x\" \(mismatched types int and untyped string\)"
	n &= 1.5   // ERROR "1.5 \(untyped float constant\) truncated to int"
	f++
	n <<= 2
	s += "c"
	println(s, b, f, n)
}
