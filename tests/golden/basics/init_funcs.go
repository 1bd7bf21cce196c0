package main

var order = record("var order")

var counter int

func record(what string) int {
	counter++
	println(counter, what)
	return counter
}

func init() {
	record("first init")
}

func main() {
	record("main")
}

func init() {
	record("second init")
}
