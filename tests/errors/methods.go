package main

type counter struct {
	n int
}

func (c *counter) inc() { c.n++ }

func (c counter) get() int { return c.n }

func (c counter) get() int { return 0 } // ERROR "counter.get redeclared in this block|method counter.get already declared at .*methods.go:9:18"

type named struct {
	label string
}

func (n named) label() {} // ERROR "field and method with the same name label"

func (x int) double() int { return x * 2 } // ERROR "cannot define new methods on non-local type int"

func make1() counter { return counter{} }

func main() {
	make1().inc()   // ERROR "cannot call pointer method inc on counter"
	counter{}.inc() // ERROR "cannot call pointer method inc on counter"
	var c counter
	c.inc()
	println(c.get())
}
