// Constant arithmetic assigned to unsigned types must be in range, but
// the expression may pass through negatives.
package main

const A = 10
const B = 20

func main() {
	var u uint = B - A
	var v uint8 = (A - B) + 265
	println(u, v)
	const wrapLater = -1
	x := uint32(1)
	println(x + wrapLater*0)
	var m uint64 = 1<<64 - 1 - (1<<63 - 1)
	println(m)
	const mask = 1<<8 - 1
	var w uint16 = 0xabcd & mask
	println(w)
	var y uint = -A + B*2
	println(y)
	const f = 255.0
	var z uint8 = f
	println(z)
}
