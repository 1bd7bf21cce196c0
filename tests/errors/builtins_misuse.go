package main

func main() {
	n := 5
	var sl []int
	println(len(5))        // ERROR "invalid argument: 5 \(untyped int constant\) for (built-in )?len"
	println(cap("abc"))    // ERROR "invalid argument: \"abc\" \(untyped string constant\) for (built-in )?cap"
	println(len(n))        // ERROR "invalid argument: n \(variable of type int\) for (built-in )?len"
	sl = append(sl, "x")   // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to append"
	println(new(5))        // ERROR "5 is not a type"
	println(make(int))     // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	println(make([]int))   // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	len(sl)                // ERROR "len\(sl\) \(value of type int\) is not used"
	println(sl)
}
