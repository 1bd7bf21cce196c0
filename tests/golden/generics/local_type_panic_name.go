package main

func F[T any]() {
	type code int
	panic(code(3))
}

func main() {
	F[string]()
}
