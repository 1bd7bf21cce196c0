package main

func main() {
	b := true
	s := "a"
	x := 1
	println(-b)     // ERROR "operator - not defined on b \(variable of type bool\)"
	println(!x)     // ERROR "operator ! not defined on x \(variable of type int\)"
	println(b + b)  // ERROR "operator \+ not defined on b \(variable of type bool\)"
	println(s < 1) // ERROR "invalid operation: s < 1 \(mismatched types string and untyped int\)"
	println(x / 0)  // ERROR "invalid operation: division by zero"
	x + 1           // ERROR "x \+ 1 \(value of type int\) is not used"
	println(9223372036854775807 + x + 9223372036854775808) // ERROR "overflows int"
}
