package main

type box struct{ size int }

func main() {
	var b box
	var arr [2]int
	sl := []int{1}
	p := &b
	ip := new(int)
	var s string
	s = b.size // ERROR "cannot use b.size \(variable of type int\) as (type )?string( value)? in assignment"
	s = arr[0] // ERROR "cannot use arr\[0\] \(variable of type int\) as (type )?string( value)? in assignment"
	s = sl[0]  // ERROR "cannot use sl\[0\] \(variable of type int\) as (type )?string( value)? in assignment"
	s = p.size // ERROR "cannot use p.size \(variable of type int\) as (type )?string( value)? in assignment"
	s = *ip    // ERROR "cannot use \*ip \(variable of type int\) as (type )?string( value)? in assignment"
	b.size()   // ERROR "invalid operation: cannot call non-function b.size \(variable of type int\)"
	arr[1]     // ERROR "arr\[1\] \(variable of type int\) is not used"
	println(s)
	deref()
}

func deref() {
	x := 1
	println(**&x) // ERROR "invalid operation: cannot indirect \*&x \(variable of type int\)"
}
