// Functions with more results than fit in return registers: direct calls,
// closures, methods through interfaces, f(g()) and deferred changes.
package main

type pair struct{ a, b int }

func seven() (int, int, int, int, int, int, int) { return 1, 2, 3, 4, 5, 6, 7 }

func mixed() (string, bool, pair, []int, *pair, float64, string) {
	p := &pair{7, 8}
	return "s", true, pair{3, 4}, []int{5, 6}, p, 2.5, "t"
}

func sum7(a, b, c, d, e, f, g int) int { return a + b + c + d + e + f + g }

type many interface {
	get() (int, int, int, int, int, int, int, int, int)
}

type nine struct{ base int }

func (n nine) get() (int, int, int, int, int, int, int, int, int) {
	b := n.base
	return b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8
}

func named() (a, b, c, d, e, f, g int) {
	defer func() { g = 70 }()
	a, b, c, d, e, f, g = 1, 2, 3, 4, 5, 6, 7
	return
}

func floats() (float64, float64, float64, float64, float64, float64, float64, float64, float64) {
	return 1, 2, 3, 4, 5, 6, 7, 8, 9
}

func main() {
	a, b, c, d, e, f, g := seven()
	println(a, b, c, d, e, f, g)
	println(sum7(seven()))
	s, ok, p, sl, pp, x, t := mixed()
	println(s, ok, p.a, p.b, sl[0], sl[1], pp.a, pp.b, x, t)
	var m many = nine{10}
	v1, _, _, _, _, _, _, _, v9 := m.get()
	println(v1, v9)
	get := nine{20}.get
	_, w2, _, _, _, _, _, w8, _ := get()
	println(w2, w8)
	fn := func() (int, int, int, int, int, int, int) { return seven() }
	println(sum7(fn()))
	println(named())
	println(floats())
}
