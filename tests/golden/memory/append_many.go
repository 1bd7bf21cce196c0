// Checks cap() after appending many elements at once (append(s, other...) and append(s, make([]T, k)...)) to slices of assorted lengths and caps.
package main

type P16 struct{ a, b int64 }

var ks = [5]int{1, 5, 17, 100, 1000}

var starts = [][2]int{{0, 0}, {1, 1}, {3, 5}, {8, 8}, {10, 10}, {33, 40}, {100, 100}, {255, 256}, {256, 256}, {300, 512}, {1000, 1000}, {1500, 2000}}

func manyB() {
	src := make([]byte, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([]byte, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([]byte, n, c)
			t = append(t, make([]byte, k)...)
			e[j] = cap(t)
		}
		println("byte", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s []byte
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyI16() {
	src := make([]int16, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([]int16, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([]int16, n, c)
			t = append(t, make([]int16, k)...)
			e[j] = cap(t)
		}
		println("int16", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s []int16
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyI32() {
	src := make([]int32, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([]int32, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([]int32, n, c)
			t = append(t, make([]int32, k)...)
			e[j] = cap(t)
		}
		println("int32", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s []int32
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyI64() {
	src := make([]int64, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([]int64, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([]int64, n, c)
			t = append(t, make([]int64, k)...)
			e[j] = cap(t)
		}
		println("int64", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s []int64
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyA12() {
	src := make([][3]int32, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([][3]int32, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([][3]int32, n, c)
			t = append(t, make([][3]int32, k)...)
			e[j] = cap(t)
		}
		println("[3]int32", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s [][3]int32
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyS16() {
	src := make([]P16, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([]P16, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([]P16, n, c)
			t = append(t, make([]P16, k)...)
			e[j] = cap(t)
		}
		println("P16", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s []P16
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyA24() {
	src := make([][3]int64, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([][3]int64, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([][3]int64, n, c)
			t = append(t, make([][3]int64, k)...)
			e[j] = cap(t)
		}
		println("[3]int64", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s [][3]int64
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyA32() {
	src := make([][4]int64, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([][4]int64, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([][4]int64, n, c)
			t = append(t, make([][4]int64, k)...)
			e[j] = cap(t)
		}
		println("[4]int64", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s [][4]int64
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyA48() {
	src := make([][6]int64, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([][6]int64, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([][6]int64, n, c)
			t = append(t, make([][6]int64, k)...)
			e[j] = cap(t)
		}
		println("[6]int64", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s [][6]int64
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyB100() {
	src := make([][100]byte, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([][100]byte, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([][100]byte, n, c)
			t = append(t, make([][100]byte, k)...)
			e[j] = cap(t)
		}
		println("[100]byte", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s [][100]byte
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manyStr() {
	src := make([]string, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([]string, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([]string, n, c)
			t = append(t, make([]string, k)...)
			e[j] = cap(t)
		}
		println("string", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s []string
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func manySlc() {
	src := make([][]int, 1000)
	for _, st := range starts {
		n, c := st[0], st[1]
		var r, e [5]int
		for j, k := range ks {
			s := make([][]int, n, c)
			s = append(s, src[:k]...)
			r[j] = cap(s)
			t := make([][]int, n, c)
			t = append(t, make([][]int, k)...)
			e[j] = cap(t)
		}
		println("[]int", n, c, ":", r[0], r[1], r[2], r[3], r[4], "|", e[0], e[1], e[2], e[3], e[4])
	}
	var s [][]int
	s = append(s, src[:3]...)
	print(cap(s))
	for i := 0; i < 6; i++ {
		s = append(s, s...)
		print(" ", len(s), "/", cap(s))
	}
	println()
}

func main() {
	manyB()
	manyI16()
	manyI32()
	manyI64()
	manyA12()
	manyS16()
	manyA24()
	manyA32()
	manyA48()
	manyB100()
	manyStr()
	manySlc()
}
