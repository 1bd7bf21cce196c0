package main

func main() {
L:
	for {
		break L
	}
L: // ERROR "label L already defined at .*branches\\.go:4:1"
	goto M // ERROR "goto M jumps over declaration of x at .*branches\\.go:10:4"
	x := 1
M:
	_ = x
	goto N // ERROR "goto N jumps into block starting at .*branches\\.go:14:2"
	{
	N:
	}
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch {
	case true:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
