// Checks cap() after appending strings (append(b, s...)) to []byte slices of various lengths and caps, and after growing []byte and []rune piecewise.
package main

var long = "The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs. Sphinx of black quartz, judge my vow! How vexingly quick daft zebras jump. 0123456789abcdefghijklmnopqrstuvwxyz"

var uni = "héllo wörld ✓ 日本語 ☃ é✓日"

func main() {
	for _, st := range [][2]int{{0, 0}, {3, 3}, {5, 8}, {30, 32}, {100, 100}, {300, 300}, {1000, 1024}, {4000, 4000}} {
		print("append string ", st[0], ",", st[1], ":")
		for _, k := range []int{1, 5, 17, 100, 150, 197} {
			b := make([]byte, st[0], st[1])
			b = append(b, long[:k]...)
			print(" ", cap(b))
		}
		print(" |")
		for _, k := range []int{1, 5, 17, 100, 150, 197} {
			var b []byte
			if st[1] > 0 {
				b = make([]byte, st[0], st[1])
			}
			b = append(b, long[:k]...)
			b = append(b, long[:k]...)
			print(" ", cap(b))
		}
		println()
	}

	// Appending an empty string never allocates.
	var e []byte
	e = append(e, ""...)
	println("empty:", e == nil, len(e), cap(e))

	var b []byte
	last := -1
	for i := 0; i < 300; i++ {
		b = append(b, "xyz"...)
		if cap(b) != last {
			println("strings", len(b), cap(b))
			last = cap(b)
		}
	}
	var w []byte
	last = -1
	for len(w) < 6000 {
		w = append(w, long...)
		if cap(w) != last {
			println("long strings", len(w), cap(w))
			last = cap(w)
		}
	}
	var u []byte
	last = -1
	for len(u) < 3000 {
		u = append(u, uni...)
		u = append(u, '.')
		if cap(u) != last {
			println("uni strings", len(u), cap(u))
			last = cap(u)
		}
	}
	var rs []rune
	last = -1
	for i := 0; i < 300; i++ {
		for _, r := range uni {
			rs = append(rs, r)
		}
		if cap(rs) != last {
			println("rune appends", len(rs), cap(rs))
			last = cap(rs)
		}
	}
}
