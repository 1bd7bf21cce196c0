package main

func cleanup(name string) {
	println("cleanup", name)
}

func inner() {
	defer cleanup("inner")
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	defer cleanup("main")
	inner()
}
