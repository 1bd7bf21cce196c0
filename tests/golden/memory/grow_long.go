// Checks cap() changes beyond 256 elements while growing []int64 to 1,000,000 elements, and other element sizes into large (page-rounded) allocations.
package main

type T24 struct{ a, b, c int64 }

func main() {
	var s []int64
	last := cap(s)
	for i := 0; i < 1000000; i++ {
		s = append(s, int64(i))
		if cap(s) != last && len(s) > 256 {
			println("int64", len(s), cap(s))
		}
		last = cap(s)
	}
	println("int64 done", len(s), cap(s), s[999999])

	// The same in chunks of 1000.
	chunk := make([]int64, 1000)
	var c []int64
	last = cap(c)
	for len(c) < 1000000 {
		c = append(c, chunk...)
		if cap(c) != last && len(c) > 256 {
			println("int64 chunks", len(c), cap(c))
		}
		last = cap(c)
	}

	var b []byte
	last = cap(b)
	for i := 0; i < 2000000; i++ {
		b = append(b, byte(i))
		if cap(b) != last && len(b) > 256 {
			println("byte", len(b), cap(b))
		}
		last = cap(b)
	}
	println("byte done", len(b), cap(b), b[1999999])

	var t []T24
	last = cap(t)
	for i := 0; i < 300000; i++ {
		t = append(t, T24{a: int64(i)})
		if cap(t) != last && len(t) > 256 {
			println("T24", len(t), cap(t))
		}
		last = cap(t)
	}
	println("T24 done", len(t), cap(t), t[299999].a)

	var p []*int
	x := 1
	last = cap(p)
	for i := 0; i < 300000; i++ {
		p = append(p, &x)
		if cap(p) != last && len(p) > 256 {
			println("*int", len(p), cap(p))
		}
		last = cap(p)
	}
	println("*int done", len(p), cap(p), *p[299999])

	var a []int32
	last = cap(a)
	for i := 0; i < 300000; i++ {
		a = append(a, int32(i))
		if cap(a) != last && len(a) > 256 {
			println("int32", len(a), cap(a))
		}
		last = cap(a)
	}
	println("int32 done", len(a), cap(a), a[299999])
}
