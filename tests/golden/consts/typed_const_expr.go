// Typed constant expressions: conversions of constants, ^ on unsigned
// typed constants (all ones), and typed constants in mixed expressions.
package main

const AllOnes32 = ^uint32(0)
const AllOnes8 = ^uint8(0)
const MaxInt64 = int64(^uint64(0) >> 1)
const MinInt16 = -1 << 15

type Mask uint8

const Low Mask = 0x0f
const High = ^Low

func main() {
	println(AllOnes32, AllOnes8, MaxInt64)
	var m int16 = MinInt16
	println(m)
	println(Low, High, High&Low, High|Low)
	const x = uint8(200) + 55
	println(x)
	v := x
	v++
	println(v)
	const f = float32(0.1)
	println(f, float64(f) == 0.1)
	const y = int8(-128) / 2
	println(y)
	const s = string(rune(65)) + string(rune(0x263a))
	println(s, len(s))
}
