// float64->float32 rounds to the nearest float32; float32->float64 is exact.
package main

func main() {
	vals := []float64{0.1, 1.0 / 3.0, 16777217, 16777219, 3.4e38, 1e-40, 123456.789}
	for _, v := range vals {
		f := float32(v)
		back := float64(f)
		println(v, f, back == v, back-v)
	}
	var big float64 = 1e39
	f := float32(big)
	println("1e39 -> float32", f)
	var small float64 = 1e-50
	println("1e-50 -> float32", float32(small))
	neg := -big
	println(float32(neg))
	var x float32 = 0.1
	var y float64 = 0.1
	println(float64(x) == y, float32(y) == x)
}
