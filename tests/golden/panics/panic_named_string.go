// panic with a value of a named string type prints the type and a quoted
// value: main.E("x").
package main

type E string

func main() {
	println("start")
	var e E = "x"
	panic(e)
}
