package main

func main() {
	var i int
	var s string
	var t bool
	var f float64
	println(i + 1.5)     // ERROR "1.5 \(untyped float constant\) truncated to int|constant 1.5 truncated"
	println(s + 'a')     // ERROR "invalid operation: s \+ 'a' \(mismatched types string and untyped rune\)"
	println(t || 1)      // ERROR "invalid operation: t \|\| 1 \(mismatched types bool and untyped int\)"
	println(i == "x")    // ERROR "invalid operation: i == \"x\" \(mismatched types int and untyped string\)"
	println(f + "x")     // ERROR "invalid operation: f \+ \"x\" \(mismatched types float64 and untyped string\)"
	println(1 + "x")     // ERROR "invalid operation: 1 \+ \"x\" \(mismatched types untyped int and untyped string\)"
	println(true + 1)    // ERROR "invalid operation: true \+ 1 \(mismatched types untyped bool and untyped int\)"
}
