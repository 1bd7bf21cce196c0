package main

func main() {
	s := "abc"
	n := 5
	f := 1.5
	b := true
	println(int(s))        // ERROR "cannot convert s \(variable of type string\) to (type )?int"
	println(bool(n))       // ERROR "cannot convert n \(variable of type int\) to (type )?bool"
	println(string(f))     // ERROR "cannot convert f \(variable of type float64\) to (type )?string"
	println(int(b))        // ERROR "cannot convert b \(variable of type bool\) to (type )?int"
	println(float64("1"))  // ERROR "cannot convert \"1\" \(untyped string constant\) to (type )?float64"
	println(bool(1))       // ERROR "cannot convert 1 \(untyped int constant\) to (type )?bool"
	println([]int(s))      // ERROR "cannot convert s \(variable of type string\) to (type )?\[\]int"
	println(int(n, n))     // ERROR "too many arguments in conversion to int"
	println(int())         // ERROR "missing argument in conversion to int"
	println(string(n), []byte(s), []rune(s), float32(n), int8(f), uint(n))
}
