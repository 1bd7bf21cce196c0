package main

func main() {
	a := 1 // ERROR "declared (and|but) not used"
	var b int // ERROR "declared (and|but) not used"
	c := 2 // ERROR "declared (and|but) not used"
	c = 3  // assignment is not a use
	d, e := 1, 2
	println(d)
	_ = e
}
