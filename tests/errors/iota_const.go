package main

var v = iota // ERROR "cannot use iota outside constant declaration"

const (
	a = iota
	b
)

const p = 1, 2 // ERROR "extra init expr( 2)?"

func f() int {
	return iota // ERROR "cannot use iota outside constant declaration"
}

func main() {
	x := 1
	const c = x      // ERROR "x \(variable of type int\) is not constant"
	const d int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in constant declaration"
	const e = f()    // ERROR "f\(\) \(value of type int\) is not constant"
	const h = len("abc")
	var j = iota + 1 // ERROR "cannot use iota outside constant declaration"
	println(v, a, b, p, f(), c, d, e, h, j)
}
