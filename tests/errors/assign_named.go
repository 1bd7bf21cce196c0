package main

type Celsius float64
type Fahrenheit float64
type ID int
type Name string
type Pair struct{ a, b int }
type Other struct{ a, b int }

func main() {
	var c Celsius
	var f Fahrenheit
	var id ID
	var n int
	var name Name
	var s string
	c = f       // ERROR "cannot use f \(variable of type Fahrenheit\) as (type )?Celsius( value)? in assignment"
	id = n      // ERROR "cannot use n \(variable of type int\) as (type )?ID( value)? in assignment"
	n = id      // ERROR "cannot use id \(variable of type ID\) as (type )?int( value)? in assignment"
	name = s    // ERROR "cannot use s \(variable of type string\) as (type )?Name( value)? in assignment"
	var p Pair = Other{1, 2} // ERROR "cannot use Other{…} \(value of type Other\) as (type )?Pair( value)? in variable declaration"
	id = "x"    // ERROR "cannot use \"x\" \(untyped string constant\) as ID value in assignment"
	c = 1.5
	id = 7
	println(c, f, id, n, name, s, p.a)
}
