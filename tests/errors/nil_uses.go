package main

func main() {
	x := nil            // ERROR "use of untyped nil in (assignment|variable declaration)"
	var n int = nil     // ERROR "cannot use nil as int value in variable declaration"
	var s string
	s = nil             // ERROR "cannot use nil as string value in assignment"
	println(nil == nil) // ERROR "invalid operation: nil == nil \(operator == not defined on (untyped )?nil\)"
	var v n             // ERROR "n \(variable of type int\) is not a type"
	println(x, n, s, v)
}
