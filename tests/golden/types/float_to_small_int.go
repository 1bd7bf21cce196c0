// Float to small integer types: convert within range, truncating toward
// zero; values go through int when they must wrap.
package main

func main() {
	for _, f := range []float64{-128.9, -1.1, 0.99, 127.99, 42.5} {
		println(f, int8(f), int16(f))
	}
	for _, f := range []float32{0, 1.9, 254.5, 255.9} {
		println(f, uint8(f), uint16(f))
	}
	x := 300.7
	println(uint8(int(x)), int8(int(x)), uint8(int64(-x)))
	var half float64 = 0.5
	n := 0
	for i := 0; i < 10; i++ {
		n += int(float64(i) * half)
	}
	println("sum of trunc(i/2)", n)
	neg := -7.999
	println(int(neg), -int(-neg), int(neg)/2)
}
