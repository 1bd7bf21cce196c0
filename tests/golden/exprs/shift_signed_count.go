// Since Go 1.13 shift counts may be signed integers (a negative count
// panics; see the panics area).
package main

func shl(x int64, n int) int64  { return x << n }
func shr(x int64, n int8) int64 { return x >> n }

func main() {
	for n := 0; n < 70; n += 9 {
		println(n, shl(3, n), shr(-3, int8(n)), shr(1<<62, int8(n)))
	}
	var k int32 = 4
	var v uint16 = 0xabcd
	println(v<<k, v>>k)
	var w int16 = 16
	var u uint32 = 0xffffffff
	println(u<<w, u>>w)
	m := 1
	println(m<<m<<m<<m, 256>>m>>m)
}
