package main

func main() {
	x := 1
	for i := 0; i < 3; i++ {
		f := func() {
			break // ERROR "break is not in a loop, switch, or select"
		}
		f()
	}
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	}
outer: // ERROR "label outer defined and not used"
	for {
		g := func() {
			goto outer // ERROR "label outer not defined"
		}
		g()
		h := func() {
			continue outer // ERROR "continue label not defined: outer"
		}
		h()
		break
	}
	if x > 0 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	{
		continue // ERROR "continue is not in a loop"
	}
}
