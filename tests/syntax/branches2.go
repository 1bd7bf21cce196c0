package main

func main() {
	var v interface{}
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	default:
	}
	if true {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	break Q // ERROR "break label not defined: Q"
	for {
		continue O // ERROR "continue label not defined: O"
	}
O:
	{
		break O // ERROR "invalid break label O"
	}
	goto Z // ERROR "label Z not defined"
unused: // ERROR "label unused defined and not used"
	for {
		switch {
		case true:
			fallthrough
		case false:
		}
	}
}

func f() {
	func() {
		break // ERROR "break is not in a loop, switch, or select"
	}()
}
