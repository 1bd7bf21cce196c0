package main

type pair struct {
	s []int
}

func f() {}

func main() {
	a := []int{1}
	b := []int{2}
	println(a == b)   // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	p, q := pair{}, pair{}
	println(p == q)   // ERROR "invalid operation: p == q \(struct containing \[\]int cannot be compared\)"
	println(f == f)   // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	const c = 10
	println(&c)       // ERROR "invalid operation: cannot take address of c \(untyped int constant 10\)"
	println(&10)      // ERROR "invalid operation: cannot take address of 10 \(untyped int constant\)"
	x := 3
	println(*x)       // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	var fl float64
	println(fl % 2)   // ERROR "invalid operation: operator % not defined on fl \(variable of type float64\)"
	println(^fl)      // ERROR "invalid operation: operator \^ not defined on fl \(variable of type float64\)"
	println(-"s")     // ERROR "invalid operation: operator - not defined on \"s\" \(untyped string constant\)"
}
