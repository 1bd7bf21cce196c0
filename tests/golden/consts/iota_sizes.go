// The classic byte-size constants: 1 << (10 * iota), with the first value
// skipped. Values past 64 bits stay untyped and are only used after a
// division brings them back into range.
package main

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func main() {
	println(KB, MB, GB)
	println(TB, PB, EB)
	println(ZB/EB, YB/ZB, YB/KB/KB/KB/KB/KB/KB/KB)
	size := 3*GB + 512*MB
	println(size, size/MB, float64(size)/GB)
	var u uint64 = EB * 15
	println(u)
}
