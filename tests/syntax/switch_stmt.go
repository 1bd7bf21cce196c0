package main

func main() {
	x := 1
	// Accepted: x is the init statement, the switch has no tag.
	switch x
	{
	}
	switch x {
	case 1:
	}
	switch {
	cases 1: // ERROR "syntax error: unexpected name cases, expected case or default or \\}"
	}
	switch x
	case 1: // ERROR "syntax error: unexpected case, expected expression"
	} // ERROR "syntax error: missing \\{ after switch clause"
}
