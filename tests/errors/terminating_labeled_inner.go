package main

// An inner labeled break does not break the outer `for {}`, which stays
// terminating: only notTerminating lacks a return.
func innerLoop() int {
	for {
	inner:
		for {
			break inner
		}
	}
}

func innerSwitch(x int) int {
	for {
	S:
		switch x {
		case 1:
			break S
		}
	}
}

func notTerminating() int {
L:
	for {
		for {
			break L
		}
	}
} // ERROR "missing return"

func main() { println(innerLoop(), innerSwitch(1), notTerminating()) }
