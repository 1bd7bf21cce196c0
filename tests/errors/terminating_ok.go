package main

func allReturn(x int) int {
	if x > 0 {
		return 1
	} else {
		return 0
	}
}

func infinite() int {
	for {
	}
}

func switchAll(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 0
	}
}

func viaGoto() int {
loop:
	goto loop
}

func panics() int {
	panic("no")
}

func block() int {
	{
		return 1
	}
}

func fallsThrough(x int) int {
	switch x {
	case 1:
		fallthrough
	default:
		return 2
	}
}

func notTerminating(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func main() {
	println(allReturn(1), infinite(), switchAll(1), viaGoto(), panics(), block(), fallsThrough(1), notTerminating(1))
}
