package main

type A interface{ ~int }
type B interface{ ~uint }
type AB interface{ A | B }

func F[T AB](x T) T { return x + 1 }

func main() {
	println(F(1), F(uint(2)))
}
