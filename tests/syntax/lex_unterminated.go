package main

func main() {
	_ = 1
}

var s = `never closed // ERROR "string not terminated"
