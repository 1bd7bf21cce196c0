package main

func Apply[T any](x T, f func(T) T) T { return f(x) }

func Double[T ~int](x T) T { return x + x }

func main() {
	println(Apply(21, Double))
}
