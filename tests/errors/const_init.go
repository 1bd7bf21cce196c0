package main

const missing // ERROR "missing init expr for missing"

const (
	a = 1
	b int // ERROR "missing init expr for b"
)

const x, y = 1 // ERROR "missing init expr for y"

const (
	m, n = 1, 2
	o    // ERROR "extra init expr at .*const_init.go:13:12"
)

func main() {
	const local // ERROR "missing init expr for local"
	println(missing, a, b, x, y, m, n, o, local)
}
