package main

func main() {
	// each block gets its own scope; a fresh := in the body is a new
	// variable every iteration
	sum := 0
	for i := 0; i < 4; i++ {
		v := i * 10
		v++
		sum += v
	}
	println("sum", sum)
	// assignments to an outer variable persist
	last := -1
	for i := 0; i < 4; i++ {
		last = i
	}
	println("last", last)
	// the loop variable after the loop body modifies it
	for i := 0; i < 10; i++ {
		i += 2
		print(i, " ")
	}
	println()
	// variables declared in if init are visible in else branches
	for i := 0; i < 4; i++ {
		if sq := i * i; sq > 4 {
			println(i, "square big", sq)
		} else if cube := sq * i; cube > 0 {
			println(i, "cube", cube, "square", sq)
		} else {
			println(i, "zero", sq, cube)
		}
	}
	// a loop variable that is not used after the condition fails
	n := 0
	for n = 0; n < 3; n++ {
	}
	println("n after loop", n)
	{
		x := 1
		{
			x++
			{
				x *= 10
			}
		}
		println("x", x)
	}
}
