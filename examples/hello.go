package main

func greeting(name string) (string, string) {
	return "hello,", name
}

func main() {
	a, b := greeting("world")
	println(a, b)
}
