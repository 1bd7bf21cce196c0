// Checks cap() when appending to resliced slices (s[i:j], s[i:j:k], s[:0], array slices), whose growth starts from the old cap, and to zero-size element slices.
package main

type T24 struct{ a, b, c int64 }

func main() {
	// Appending within capacity keeps cap and shares the backing array.
	base := make([]int, 10, 12)
	for i := range base {
		base[i] = i
	}
	sub := base[2:5]
	println("sub:", len(sub), cap(sub))
	sub = append(sub, 100)
	println("after append:", len(sub), cap(sub), base[5])
	sub = append(sub, 1, 2, 3, 4, 5)
	println("after 5 more:", len(sub), cap(sub), base[6])
	sub = append(sub, 6, 7)
	println("overflow:", len(sub), cap(sub), base[9])

	// Three-index slices limit cap; growth doubles the limited cap.
	for _, k := range []int{0, 1, 2, 3, 5, 7, 9, 10, 12} {
		t := base[0:0:k]
		c0 := cap(t)
		t = append(t, 1)
		c1 := cap(t)
		u := base[0:k:k]
		u = append(u, 1)
		v := base[0:k:k]
		v = append(v, base...)
		println("3-index", k, ":", c0, c1, cap(u), cap(v))
	}

	// Reslicing to zero length keeps cap: growth is computed from the old cap.
	for _, c := range []int{1, 3, 9, 100, 255, 256, 257, 600, 1000, 5000} {
		s := make([]int64, c)
		s = s[:0]
		s = append(s, make([]int64, c+1)...)
		t := make([]int64, c)[:1]
		t = append(t, make([]int64, c)...)
		w := make([]byte, c)[c/2:]
		w = append(w, make([]byte, c-c/2+1)...)
		x := make([]T24, c)[:c/3]
		x = append(x, make([]T24, c-c/3+1)...)
		println("reslice", c, ":", cap(s), cap(t), cap(w), cap(x))
	}

	// Slices of arrays.
	var arr [10]int32
	as := arr[3:7]
	println("array slice:", len(as), cap(as))
	as = append(as, 1, 2, 3)
	println("in place:", len(as), cap(as), arr[9])
	as = append(as, 4)
	println("moved:", len(as), cap(as))
	var arr2 [100]byte
	bs := arr2[:50:60]
	bs = append(bs, arr2[:11]...)
	println("array bytes:", len(bs), cap(bs))
	bs = arr2[90:]
	bs = append(bs, 1)
	println("array tail:", len(bs), cap(bs))

	// Growing a slice that starts in the middle of a larger one.
	big := make([]int64, 1000)
	mid := big[900:950]
	last := cap(mid)
	println("mid start", len(mid), cap(mid))
	for i := 0; i < 2000; i++ {
		mid = append(mid, int64(i))
		if cap(mid) != last {
			println("mid", len(mid), cap(mid))
			last = cap(mid)
		}
	}

	// Zero-size elements: cap follows len exactly.
	var z []struct{}
	for i := 0; i < 5; i++ {
		z = append(z, struct{}{})
		println("struct{}", len(z), cap(z))
	}
	z = append(z, make([]struct{}, 1000)...)
	println("struct{} many", len(z), cap(z))
	var za [][0]int
	za = append(za, [0]int{}, [0]int{}, [0]int{})
	println("[0]int", len(za), cap(za))
	zm := make([]struct{}, 3, 10)
	zm = append(zm, struct{}{})
	println("struct{} make", len(zm), cap(zm))
	zm = append(zm, make([]struct{}, 20)...)
	println("struct{} make grow", len(zm), cap(zm))

	// Appending nothing.
	var n []int
	n = append(n)
	println("append nothing:", n == nil, len(n), cap(n))
	n = append(n, []int{}...)
	println("append empty:", n == nil, len(n), cap(n))
	e := make([]int, 0)
	e = append(e, []int(nil)...)
	println("append nil to empty:", e == nil, len(e), cap(e))
}
