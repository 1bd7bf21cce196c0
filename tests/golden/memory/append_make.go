// Checks cap() of make([]T, n) and make([]T, n, c) and of appends that outgrow them, element by element and all at once.
package main

var seven = 7

var ns = []int{0, 1, 2, 3, 5, 7, 9, 13, 31, 100, 255, 256, 257, 511, 512, 513, 1023, 1024, 1025, 3000, 5000, 10000}

var ncs = [][2]int{{0, 1}, {0, 3}, {1, 7}, {5, 11}, {2, 100}, {200, 255}, {256, 257}, {100, 700}, {1000, 1025}, {4000, 4097}}

func mkB() {
	print("byte make(n):")
	for _, n := range ns {
		s := make([]byte, n)
		c0 := cap(s)
		s = append(s, 7)
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("byte make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([]byte, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, 7)
		}
		t := make([]byte, n, c)
		t = append(t, make([]byte, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([]byte, 5)
	k2 := make([]byte, 0, 6)
	k3 := make([]byte, 0)
	println("byte const:", cap(k), cap(append(k, 7)), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, 7)))
}

func mkI16() {
	print("int16 make(n):")
	for _, n := range ns {
		s := make([]int16, n)
		c0 := cap(s)
		s = append(s, 7)
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("int16 make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([]int16, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, 7)
		}
		t := make([]int16, n, c)
		t = append(t, make([]int16, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([]int16, 5)
	k2 := make([]int16, 0, 6)
	k3 := make([]int16, 0)
	println("int16 const:", cap(k), cap(append(k, 7)), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, 7)))
}

func mkI32() {
	print("int32 make(n):")
	for _, n := range ns {
		s := make([]int32, n)
		c0 := cap(s)
		s = append(s, 7)
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("int32 make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([]int32, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, 7)
		}
		t := make([]int32, n, c)
		t = append(t, make([]int32, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([]int32, 5)
	k2 := make([]int32, 0, 6)
	k3 := make([]int32, 0)
	println("int32 const:", cap(k), cap(append(k, 7)), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, 7)))
}

func mkI64() {
	print("int64 make(n):")
	for _, n := range ns {
		s := make([]int64, n)
		c0 := cap(s)
		s = append(s, 7)
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("int64 make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([]int64, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, 7)
		}
		t := make([]int64, n, c)
		t = append(t, make([]int64, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([]int64, 5)
	k2 := make([]int64, 0, 6)
	k3 := make([]int64, 0)
	println("int64 const:", cap(k), cap(append(k, 7)), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, 7)))
}

func mkA12() {
	print("[3]int32 make(n):")
	for _, n := range ns {
		s := make([][3]int32, n)
		c0 := cap(s)
		s = append(s, [3]int32{7})
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("[3]int32 make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([][3]int32, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, [3]int32{7})
		}
		t := make([][3]int32, n, c)
		t = append(t, make([][3]int32, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([][3]int32, 5)
	k2 := make([][3]int32, 0, 6)
	k3 := make([][3]int32, 0)
	println("[3]int32 const:", cap(k), cap(append(k, [3]int32{7})), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, [3]int32{7})))
}

func mkA24() {
	print("[3]int64 make(n):")
	for _, n := range ns {
		s := make([][3]int64, n)
		c0 := cap(s)
		s = append(s, [3]int64{7})
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("[3]int64 make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([][3]int64, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, [3]int64{7})
		}
		t := make([][3]int64, n, c)
		t = append(t, make([][3]int64, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([][3]int64, 5)
	k2 := make([][3]int64, 0, 6)
	k3 := make([][3]int64, 0)
	println("[3]int64 const:", cap(k), cap(append(k, [3]int64{7})), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, [3]int64{7})))
}

func mkA48() {
	print("[6]int64 make(n):")
	for _, n := range ns {
		s := make([][6]int64, n)
		c0 := cap(s)
		s = append(s, [6]int64{7})
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("[6]int64 make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([][6]int64, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, [6]int64{7})
		}
		t := make([][6]int64, n, c)
		t = append(t, make([][6]int64, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([][6]int64, 5)
	k2 := make([][6]int64, 0, 6)
	k3 := make([][6]int64, 0)
	println("[6]int64 const:", cap(k), cap(append(k, [6]int64{7})), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, [6]int64{7})))
}

func mkB100() {
	print("[100]byte make(n):")
	for _, n := range ns {
		s := make([][100]byte, n)
		c0 := cap(s)
		s = append(s, [100]byte{7})
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("[100]byte make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([][100]byte, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, [100]byte{7})
		}
		t := make([][100]byte, n, c)
		t = append(t, make([][100]byte, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([][100]byte, 5)
	k2 := make([][100]byte, 0, 6)
	k3 := make([][100]byte, 0)
	println("[100]byte const:", cap(k), cap(append(k, [100]byte{7})), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, [100]byte{7})))
}

func mkStr() {
	print("string make(n):")
	for _, n := range ns {
		s := make([]string, n)
		c0 := cap(s)
		s = append(s, "seven")
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("string make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([]string, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, "seven")
		}
		t := make([]string, n, c)
		t = append(t, make([]string, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([]string, 5)
	k2 := make([]string, 0, 6)
	k3 := make([]string, 0)
	println("string const:", cap(k), cap(append(k, "seven")), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, "seven")))
}

func mkPtr() {
	print("*int make(n):")
	for _, n := range ns {
		s := make([]*int, n)
		c0 := cap(s)
		s = append(s, &seven)
		print(" ", n, ":", c0, ">", cap(s))
	}
	println()
	print("*int make(n, c):")
	for _, nc := range ncs {
		n, c := nc[0], nc[1]
		s := make([]*int, n, c)
		c0 := cap(s)
		for i := n; i <= c; i++ {
			s = append(s, &seven)
		}
		t := make([]*int, n, c)
		t = append(t, make([]*int, c-n+1)...)
		print(" ", n, ",", c, ":", c0, ">", cap(s), "/", cap(t))
	}
	println()
	k := make([]*int, 5)
	k2 := make([]*int, 0, 6)
	k3 := make([]*int, 0)
	println("*int const:", cap(k), cap(append(k, &seven)), cap(k2), cap(append(k2, k...)), cap(append(k2, k[0], k[1])), cap(k3), k3 != nil, cap(append(k3, &seven)))
}

func main() {
	mkB()
	mkI16()
	mkI32()
	mkI64()
	mkA12()
	mkA24()
	mkA48()
	mkB100()
	mkStr()
	mkPtr()
}
