package main

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func (c counter) add(d int) int { return c.n + d }

func (c counter) dup(x int, x string) {} // ERROR "x redeclared in this block"

func (u missingType) m() {} // ERROR "undefined: missingType"

func main() {
	var c counter
	c.add(1, 2)              // ERROR "too many arguments in call to c.add\n\thave \(number, number\)\n\twant \(int\)"
	c.add()                  // ERROR "not enough arguments in call to c.add\n\thave \(\)\n\twant \(int\)"
	c.add("s")               // ERROR "cannot use \"s\" \(untyped string constant\) as int value in argument to c.add"
	c.inc(5)                 // ERROR "too many arguments in call to c.inc\n\thave \(number\)\n\twant \(\)"
	var x string = c.add(1)  // ERROR "cannot use c.add\(1\) \(value of type int\) as (type )?string( value)? in variable declaration"
	p := &c
	p.add(true)              // ERROR "cannot use true \(untyped bool constant\) as int value in argument to p.add"
	v := c.inc()             // ERROR "c.inc\(\) \(no value\) used as value"
	println(x, v)
}
