// mandelbrot (after the Computer Language Benchmarks Game): renders the
// Mandelbrot set on a size x size grid as a bitmap and prints the number of
// points in the set and a hash of the bitmap bytes. float64 arithmetic in a
// tight inner loop, bit operations, byte slices.
package main

const (
	size    = 6000
	maxIter = 50
	limit   = 4.0
)

func main() {
	rowBytes := (size + 7) / 8
	bitmap := make([]byte, rowBytes*size)
	inside := 0
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		row := bitmap[y*rowBytes : (y+1)*rowBytes]
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			in := true
			for i := 0; i < maxIter; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > limit {
					in = false
					break
				}
			}
			if in {
				row[x/8] |= 0x80 >> uint(x%8)
				inside++
			}
		}
	}
	// FNV-1a over the bitmap.
	var h uint32 = 2166136261
	for _, b := range bitmap {
		h ^= uint32(b)
		h *= 16777619
	}
	println(inside, h)
}
