// Case expressions are evaluated left to right, top to bottom, only until
// a match is found; the tag is evaluated once.
package main

var log string

func v(name string, x int) int {
	log += name
	return x
}

func main() {
	switch v("T", 3) {
	case v("a", 1), v("b", 2):
		println("no")
	case v("c", 3), v("d", 4):
		println("matched c")
	case v("e", 3):
		println("no")
	}
	println(log)
	log = ""
	switch {
	case v("x", 0) > 0:
	case v("y", 1) > 0:
		log += "!"
	case v("z", 2) > 0:
	}
	println(log)
	log = ""
	switch v("T", 9) {
	case v("a", 1):
	default:
		log += "D"
	case v("b", 2):
	}
	println(log)
}
