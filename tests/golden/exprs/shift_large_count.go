// Shift counts >= the operand width: << gives 0, >> gives 0 for unsigned
// or non-negative values and -1 for negative signed values.
package main

func main() {
	for _, n := range []uint{7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 200} {
		var a int8 = -100
		var b uint8 = 200
		var c int16 = -30000
		var d uint16 = 60000
		var e int32 = -2000000000
		var f uint32 = 4000000000
		var g int64 = -9000000000000000000
		var h uint64 = 18000000000000000000
		println(n, "|", a<<n, a>>n, b<<n, b>>n, "|", c<<n, c>>n, d<<n, d>>n)
		println(n, "|", e<<n, e>>n, f<<n, f>>n, "|", g<<n, g>>n, h<<n, h>>n)
	}
}
