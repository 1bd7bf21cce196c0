package main

func sum(base int, xs ...int) int { return base + len(xs) }

func plain(a, b int) {}

func main() {
	s := []int{1, 2}
	strs := []string{"a"}
	println(sum(1, s))        // ERROR "cannot use s \(variable of type \[\]int\) as (type )?int( value)? in argument to sum"
	println(sum(1, strs...))  // ERROR "cannot use strs \(variable of type \[\]string\) as (type )?\[\]int( value)? in argument to sum"
	println(sum(1, "x", 3))   // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to sum"
	println(sum(1, (5)...))   // ERROR "cannot use \(5\) \(untyped int constant 5\) as \[\]int value in argument to sum"
	var f float64
	println(sum(f, 1))        // ERROR "cannot use f \(variable of type float64\) as (type )?int( value)? in argument to sum"
	println(sum(1, 2, 3.5))   // ERROR "cannot use 3.5 \(untyped float constant\) as int value in argument to sum \(truncated\)"
	println(sum(1), sum(1, 2, 3), sum(1, s...))
}
