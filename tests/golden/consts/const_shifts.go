// Constant shifts are exact; a shift of an untyped constant by a variable
// count takes its type from the context.
package main

func main() {
	const a = 1 << 62
	const b = a << 10 >> 20
	println(a, b)
	const c = -8 >> 1
	const d = -1 >> 100
	println(c, d)
	var s uint = 3
	var x int64 = 1 << s
	var y int8 = 1 << s
	var z uint8 = 255 << s >> s
	println(x, y, z)
	var w int32 = 1<<s + 1
	println(w)
	var n uint = 10
	u := uint16(1) << n
	println(u, u<<7)
	const h = 0xff << 56
	var hu uint64 = h
	println(hu, hu>>56)
	k := 5
	println(1<<k, 1<<k>>2, 100>>k)
}
