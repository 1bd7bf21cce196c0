// Expressions that mix widths through explicit conversions: the
// conversion happens before the operation, so the result wraps at the
// width of the converted operands.
package main

func main() {
	var a int8 = 100
	var b int8 = 100
	println(a+b, int16(a)+int16(b), int16(a+b))
	var c uint8 = 200
	println(c*2, uint16(c)*2, uint16(c*2))
	var d int32 = 2000000000
	println(d*2, int64(d)*2, int64(d*2))
	var e uint32 = 4000000000
	println(e+e, uint64(e)+uint64(e), uint64(e+e))
	x := int16(-1)
	println(uint16(x)>>8, x>>8, uint8(x>>4))
	var f uint64 = 0x1ff
	println(uint8(f)+1, uint16(f)+1, int8(f))
}
