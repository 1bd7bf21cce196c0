package main

type pair struct{ a, b int }

func main() {
	const g = len([]int{1}) // ERROR "len\(\[\]int{…}\) \(value of type int\) is not constant"
	var s string = [2]int{1, 2} // ERROR "cannot use \[2\]int{…} \(value of type \[2\]int\) as (type )?string( value)? in variable declaration"
	const h uint8 = 255
	println(h+1) // ERROR "h \+ 1 \(constant 256 of type uint8\) overflows uint8"
	x := 1
	x+1 // ERROR "x \+ 1 \(value of type int\) is not used"
	println(g, s)
	addr()
}

func addr() {
	x := 1
	println(&(x + 1)) // ERROR "invalid operation: cannot take address of x \+ 1 \(value of type int\)"
}
