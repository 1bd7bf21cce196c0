package main

func noReturn(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func tooMany() int {
	return 1, 2 // ERROR "too many return values"
}

func notEnough() (int, string) {
	return 1 // ERROR "not enough return values"
}

func main() {
	println(noReturn(1), tooMany())
	notEnough()
}
