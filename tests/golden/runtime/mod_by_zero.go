package main

func main() {
	x := 7
	y := 0
	println("x % y with y == 0")
	r := x % y
	println("never", r)
}
