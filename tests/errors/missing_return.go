package main

func ifNoElse(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func forWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func forWithCond(x int) int {
	for x > 0 {
		return x
	}
} // ERROR "missing return"

func switchNoDefault(x int) int {
	switch x {
	case 1:
		return 1
	case 2:
		return 2
	}
} // ERROR "missing return"

func switchBreak(x int) int {
	switch x {
	case 1:
		break
	default:
		return 0
	}
} // ERROR "missing return"

func labeledBreak() int {
outer:
	for {
		for {
			break outer
		}
	}
} // ERROR "missing return"

func empty() string {
} // ERROR "missing return"

func elseIfNoElse(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func main() {
	println(ifNoElse(1), forWithBreak(), forWithCond(1), switchNoDefault(1), switchBreak(1), labeledBreak(), empty(), elseIfNoElse(1))
}
