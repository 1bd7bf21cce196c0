package main

func helper() int { return 1 }

func main() {
	println(missing)   // ERROR "undefined: missing"
	missingFn(1, 2)    // ERROR "undefined: missingFn"
	var x int = Y      // ERROR "undefined: Y"
	var u Undeclared   // ERROR "undefined: Undeclared"
	y := helper() + z  // ERROR "undefined: z"
	w = 4              // ERROR "undefined: w"
	println(x, u, y)
	{
		inner := 1
		println(inner)
	}
	println(inner)     // ERROR "undefined: inner"
	for i := 0; i < 3; i++ {
	}
	println(i)         // ERROR "undefined: i"
	if v := 1; v > 0 {
	}
	println(v)         // ERROR "undefined: v"
}
