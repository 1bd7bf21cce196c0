// Checks cap() after appending one element at a time to nil slices of 12-, 16-, 20-, 24-, 32-, 40-, 48- and 100-byte array and struct elements.
package main

type P16 struct{ a, b int64 }

type P40 struct {
	a    int64
	b, c int32
	d    [3]int64
}

func growA12(n int) {
	var s [][3]int32
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [3]int32{int32(i), 0, 1})
		if cap(s) != last {
			println("[3]int32", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[3]int32 done", len(s), cap(s), s[n-1][0])
}

func growA16(n int) {
	var s [][2]int64
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [2]int64{int64(i), 2})
		if cap(s) != last {
			println("[2]int64", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[2]int64 done", len(s), cap(s), s[n-1][0])
}

func growS16(n int) {
	var s []P16
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, P16{int64(i), 7})
		if cap(s) != last {
			println("P16", len(s), cap(s))
			last = cap(s)
		}
	}
	println("P16 done", len(s), cap(s), s[n-1].a)
}

func growA24(n int) {
	var s [][3]int64
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [3]int64{int64(i)})
		if cap(s) != last {
			println("[3]int64", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[3]int64 done", len(s), cap(s), s[n-1][0])
}

func growA32(n int) {
	var s [][4]int64
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [4]int64{3: int64(i)})
		if cap(s) != last {
			println("[4]int64", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[4]int64 done", len(s), cap(s), s[n-1][3])
}

func growA48(n int) {
	var s [][6]int64
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [6]int64{int64(i)})
		if cap(s) != last {
			println("[6]int64", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[6]int64 done", len(s), cap(s), s[n-1][0])
}

func growB100(n int) {
	var s [][100]byte
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [100]byte{99: byte(i)})
		if cap(s) != last {
			println("[100]byte", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[100]byte done", len(s), cap(s), s[n-1][99])
}

func growI100(n int) {
	var s [][25]int32
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [25]int32{int32(i)})
		if cap(s) != last {
			println("[25]int32", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[25]int32 done", len(s), cap(s), s[n-1][0])
}

func growS40(n int) {
	var s []P40
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, P40{a: int64(i)})
		if cap(s) != last {
			println("P40", len(s), cap(s))
			last = cap(s)
		}
	}
	println("P40 done", len(s), cap(s), s[n-1].a)
}

func growA20(n int) {
	var s [][5]int32
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [5]int32{int32(i)})
		if cap(s) != last {
			println("[5]int32", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[5]int32 done", len(s), cap(s), s[n-1][0])
}

func main() {
	growA12(3000)
	growA16(3000)
	growS16(3000)
	growA24(3000)
	growA32(3000)
	growA48(2000)
	growB100(2000)
	growI100(2000)
	growS40(1500)
	growA20(1500)
}
