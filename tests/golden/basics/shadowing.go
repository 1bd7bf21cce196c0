package main

var x = "package x"

func show() {
	println("show sees", x)
}

func main() {
	println(x)
	x := 1
	println("main x", x)
	{
		x := 2
		println("block x", x)
		{
			x := "inner string"
			println("inner x", x)
		}
		x++
		println("block x after ++", x)
	}
	println("main x again", x)
	if x := 10; x > 5 {
		println("if x", x)
		x := x * 2
		println("shadow inside if", x)
	} else {
		println("unreachable", x)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		println("loop body x", x)
	}
	println("final main x", x)
	show()
	y := x
	{
		y = 7 // assigns the outer y
		x := 3
		_ = x
	}
	println("y", y)
	true := false // even predeclared identifiers can be shadowed
	println("true is", true)
	println := 5
	_ = println
	print("println shadowed\n")
}
