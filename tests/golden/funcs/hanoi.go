package main

var moves int

func hanoi(n int, from, to, via string, show bool) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, show)
	moves++
	if show {
		println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from, show)
}

func main() {
	hanoi(3, "A", "C", "B", true)
	println("moves:", moves)
	for n := 1; n <= 16; n++ {
		moves = 0
		hanoi(n, "L", "R", "M", false)
		print(moves, " ")
	}
	println()
}
