// Typed constants have a fixed type; arithmetic with other typed values
// of the same type wraps at run time but is checked at compile time.
package main

const Max8 int8 = 127
const Mask uint16 = 0xff00
const Pi float32 = 3.14159265358979
const Name string = "typed"

type Code int

const OK Code = 200
const NotFound Code = OK*2 + 4

func main() {
	v := Max8
	v++
	println(Max8, v)
	var w uint16 = 0x1234
	println(w&Mask, w&^Mask, Mask>>8)
	println(Pi, float64(Pi) == 3.14159265358979)
	println(Name, len(Name))
	println(OK, NotFound, NotFound-OK)
	c := NotFound
	c++
	println(c)
	const m8 = Max8 - 1
	println(m8 / 2)
	const e float64 = 2.718281828
	ev := e
	println(e, int(ev))
}
