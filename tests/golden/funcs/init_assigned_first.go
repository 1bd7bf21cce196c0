package main

// A package variable that an initializer assigns counts as one it refers
// to: it is initialized before that initializer runs.

var log string

var _ = func() int {
	ready = false
	log += "blank "
	return 0
}()

var ready = true
var seen = ready

var count = bump()

func bump() int {
	total += 10
	log += "bump "
	return total
}

var total = 5

func main() {
	println(seen, ready, count, total, log)
}
