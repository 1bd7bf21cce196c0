// Checks cap() after appending one element at a time to nil slices of 1-, 2-, 4- and 8-byte elements.
package main

func growBytes(n int) {
	var s []byte
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			println("byte", len(s), cap(s))
			last = cap(s)
		}
	}
	println("byte done", len(s), cap(s), s[n-1])
}

func growInt16(n int) {
	var s []int16
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, int16(i))
		if cap(s) != last {
			println("int16", len(s), cap(s))
			last = cap(s)
		}
	}
	println("int16 done", len(s), cap(s), s[n-1])
}

func growUint16(n int) {
	var s []uint16
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, uint16(i))
		if cap(s) != last {
			println("uint16", len(s), cap(s))
			last = cap(s)
		}
	}
	println("uint16 done", len(s), cap(s), s[n-1])
}

func growInt32(n int) {
	var s []int32
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, int32(i))
		if cap(s) != last {
			println("int32", len(s), cap(s))
			last = cap(s)
		}
	}
	println("int32 done", len(s), cap(s), s[n-1])
}

func growFloat32(n int) {
	var s []float32
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, float32(i))
		if cap(s) != last {
			println("float32", len(s), cap(s))
			last = cap(s)
		}
	}
	println("float32 done", len(s), cap(s))
}

func growInt64(n int) {
	var s []int64
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, int64(i))
		if cap(s) != last {
			println("int64", len(s), cap(s))
			last = cap(s)
		}
	}
	println("int64 done", len(s), cap(s), s[n-1])
}

func growInt(n int) {
	var s []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			println("int", len(s), cap(s))
			last = cap(s)
		}
	}
	println("int done", len(s), cap(s), s[n-1])
}

func growComplex64(n int) {
	var s []complex64
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, complex(float32(i), 0))
		if cap(s) != last {
			println("complex64", len(s), cap(s))
			last = cap(s)
		}
	}
	println("complex64 done", len(s), cap(s))
}

func main() {
	growBytes(5000)
	growInt16(4000)
	growUint16(700)
	growInt32(4000)
	growFloat32(700)
	growInt64(4000)
	growInt(700)
	growComplex64(700)
}
