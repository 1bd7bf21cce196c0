// float->int conversion truncates toward zero (within range).
package main

func main() {
	fs := []float64{0.0, 0.4, 0.5, 0.9999, 1.0, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, -2.9999, 1e9 + 0.75, -1e15 - 0.5}
	for _, f := range fs {
		println(f, int(f), int64(f), int32(int64(f)))
	}
	for _, f := range []float64{0, 0.9, 200.7, 255.99, 65535.5} {
		println(f, uint8(int(f)), uint16(f), uint32(f), uint64(f))
	}
	var g float32 = -7.75
	println(g, int(g), int8(g), int16(g))
	h := 9007199254740993.0
	println(int64(h))
	big := 4611686018427387904.0
	println(int64(big), uint64(big*3))
}
