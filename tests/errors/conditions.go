package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
}
