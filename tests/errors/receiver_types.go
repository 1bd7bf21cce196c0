package main

type P *int

func (p P) m() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	f := counter.inc // ERROR "cannot call pointer method inc on counter|invalid method expression counter.inc \(needs pointer receiver \(\*counter\).inc\)"
	println(f)
}
