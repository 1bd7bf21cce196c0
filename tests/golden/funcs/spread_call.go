package main

func pair(x int) (int, int) { return x, x * x }

func add(a, b int) int { return a + b }

func swap(a, b int) (int, int) { return b, a }

func triple() (int, string, bool) { return 3, "three", true }

func show(n int, s string, b bool) { println(n, s, b) }

func passOn() (int, int) { return swap(pair(4)) }

func main() {
	println(add(pair(3)))
	a, b := passOn()
	println(a, b)
	show(triple())
	_, s, _ := triple()
	println(s)
}
