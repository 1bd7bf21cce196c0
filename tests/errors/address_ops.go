package main

func get() int { return 1 }

func main() {
	x := 1
	s := "abc"
	println(&get())     // ERROR "invalid operation: cannot take address of get\(\) \(value of type int\)"
	println(&len(s))    // ERROR "invalid operation: cannot take address of len\(s\) \(value of type int\)"
	println(*s)         // ERROR "invalid operation: cannot indirect s \(variable of type string\)"
	p := &x
	println(p + 1)      // ERROR "cannot convert 1 \(untyped int constant\) to (type )?\*int|invalid operation: p \+ 1 \(mismatched types \*int and untyped int\)"
	println(-p)         // ERROR "invalid operation: operator - not defined on p \(variable of type \*int\)"
	println(&x == p, *p)
}
