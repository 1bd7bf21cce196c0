// Checks cap() after appending one element at a time to nil slices of element types holding pointers: *int, string, []int, any and mixed structs.
package main

type Q16 struct {
	p *int
	n int64
}

type Q24 struct {
	a int64
	p *int
	b int32
}

type Q32 struct {
	s string
	n int
	p *int
}

type Q48 struct {
	x [5]int64
	p *int
}

type Q104 struct {
	p *int
	b [96]byte
}

var x = 42

var xs = []int{1, 2, 3}

func growPtr(n int) {
	var s []*int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, &x)
		if cap(s) != last {
			println("*int", len(s), cap(s))
			last = cap(s)
		}
	}
	println("*int done", len(s), cap(s), *s[n-1])
}

func growStr(n int) {
	var s []string
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, "ab"[i%2:])
		if cap(s) != last {
			println("string", len(s), cap(s))
			last = cap(s)
		}
	}
	println("string done", len(s), cap(s), len(s[n-1]))
}

func growSlc(n int) {
	var s [][]int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, xs[i%3:])
		if cap(s) != last {
			println("[]int", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[]int done", len(s), cap(s), len(s[n-1]))
}

func growAny(n int) {
	var s []any
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, any(i))
		if cap(s) != last {
			println("any", len(s), cap(s))
			last = cap(s)
		}
	}
	println("any done", len(s), cap(s), s[n-1].(int))
}

func growQ16(n int) {
	var s []Q16
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, Q16{&x, int64(i)})
		if cap(s) != last {
			println("Q16", len(s), cap(s))
			last = cap(s)
		}
	}
	println("Q16 done", len(s), cap(s), s[n-1].n)
}

func growQ24(n int) {
	var s []Q24
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, Q24{a: int64(i), p: &x})
		if cap(s) != last {
			println("Q24", len(s), cap(s))
			last = cap(s)
		}
	}
	println("Q24 done", len(s), cap(s), s[n-1].a)
}

func growQ32(n int) {
	var s []Q32
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, Q32{s: "q", n: i, p: &x})
		if cap(s) != last {
			println("Q32", len(s), cap(s))
			last = cap(s)
		}
	}
	println("Q32 done", len(s), cap(s), s[n-1].n)
}

func growQ48(n int) {
	var s []Q48
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, Q48{x: [5]int64{int64(i)}, p: &x})
		if cap(s) != last {
			println("Q48", len(s), cap(s))
			last = cap(s)
		}
	}
	println("Q48 done", len(s), cap(s), s[n-1].x[0])
}

func growQ104(n int) {
	var s []Q104
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, Q104{p: &x, b: [96]byte{byte(i)}})
		if cap(s) != last {
			println("Q104", len(s), cap(s))
			last = cap(s)
		}
	}
	println("Q104 done", len(s), cap(s), s[n-1].b[0])
}

func growPA(n int) {
	var s [][3]*int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, [3]*int{&x, nil, &x})
		if cap(s) != last {
			println("[3]*int", len(s), cap(s))
			last = cap(s)
		}
	}
	println("[3]*int done", len(s), cap(s), *s[n-1][2])
}

func main() {
	growPtr(3000)
	growStr(3000)
	growSlc(3000)
	growAny(1500)
	growQ16(3000)
	growQ24(3000)
	growQ32(2000)
	growQ48(2000)
	growQ104(1500)
	growPA(1500)
}
