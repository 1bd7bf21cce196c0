package main

func main() {
	_ = 1
}

/* never closed // ERROR "comment not terminated"
