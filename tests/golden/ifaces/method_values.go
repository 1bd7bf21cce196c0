package main

type I interface {
	M(int) int
	N(s ...string) int
}

type T struct{ k int }

func (t T) M(x int) int          { return t.k + x }
func (t T) N(s ...string) int    { return len(s) + t.k }

func main() {
	var i I = T{10}
	f := i.M
	i = T{20}
	println(f(1), i.M(1))
	g := I.M
	println(g(i, 5), g(T{1}, 1))
	h := I.N
	println(h(i, "a", "b"), h(T{}))
	n := i.N
	println(n("x"))
	var z I
	later := func() { _ = z.M }
	later()
}
