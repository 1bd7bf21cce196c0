package main

func takesString(s string) {}

func returnsInt() int {
	var s string
	return s // ERROR "cannot use s \(variable of type string\) as (type )?int( value)? in return statement"
}

func twoResults() (int, bool) {
	return true, 1 // ERROR "cannot use true \(untyped bool constant\) as int value in return statement|cannot use 1 \(untyped int constant\) as bool value in return statement"
}

func main() {
	var n int = "text" // ERROR "cannot use \"text\" \(untyped string constant\) as int value in variable declaration"
	var b bool = n     // ERROR "cannot use n \(variable of type int\) as (type )?bool( value)? in variable declaration"
	takesString(n)     // ERROR "cannot use n \(variable of type int\) as (type )?string( value)? in argument to takesString"
	var f float64 = 1
	n += f             // ERROR "invalid operation: n \+= f \(mismatched types int and float64\)"
	b, n = n, b        // ERROR "cannot use n \(variable of type int\) as (type )?bool( value)? in assignment|cannot use b \(variable of type bool\) as (type )?int( value)? in assignment"
	var x, y int = 1, "2" // ERROR "cannot use \"2\" \(untyped string constant\) as int value in variable declaration"
	println(returnsInt(), x, y)
	twoResults()
}
