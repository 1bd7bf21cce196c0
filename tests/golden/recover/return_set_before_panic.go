// A `return` sets even unnamed results before the deferred calls run: if
// one of them panics and a later one recovers, those values are returned.
package main

type big struct{ a, b, c int }

func f() int {
	defer func() { recover() }()
	defer func() { panic("x") }()
	return 5
}

func g() (int, string) {
	defer func() { recover() }()
	if true {
		panic("y")
	}
	return 3, "z"
}

func h() (big, []int) {
	defer func() { recover() }()
	defer func() { panic("z") }()
	return big{1, 2, 3}, []int{4}
}

func main() {
	println(f())
	a, b := g()
	println(a, b)
	s, l := h()
	println(s.a, s.b, s.c, len(l), l[0])
}
