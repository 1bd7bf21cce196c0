package main

func Double[T ~int](x T) T { return x + x }

func call(f func(int) int) int { return f(4) }

func main() {
	var g func(int) int = Double
	println(g(3), call(Double))
}
