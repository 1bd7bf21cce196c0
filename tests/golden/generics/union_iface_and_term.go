package main

type A interface{ ~int }
type AS interface{ A | ~string }

func F[T AS](x T) T { return x + x }

func main() {
	println(F(1), F("s"))
}
