// Forward gotos skip statements; a label may precede any statement.
package main

func check(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func main() {
	println(check(5), check(-5), check(0))
	x := 1
	goto skip
skip:
	x *= 10
	println(x)
	steps := 0
	state := 0
dispatch:
	steps++
	switch state {
	case 0:
		state = 2
		goto dispatch
	case 1:
		state = 3
		goto dispatch
	case 2:
		state = 1
		goto dispatch
	}
	println("final state", state, "steps", steps)
}
