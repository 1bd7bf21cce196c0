// A struct panic value (not a pointer) is recovered as a copy with all its
// fields; later changes to the original do not affect it, and it compares
// equal to an identical struct.
package main

type point struct {
	x, y int
	tag  string
}

func main() {
	p := point{1, 2, "a"}
	defer func() {
		r := recover()
		q, ok := r.(point)
		println(ok, q.x, q.y, q.tag)
		println(r == point{1, 2, "a"}, r == point{10, 2, "a"})
		_, isPtr := r.(*point)
		println("is pointer:", isPtr)
		println("p now", p.x)
	}()
	func() {
		defer func() { p.x = 10 }()
		panic(p)
	}()
	println("not reached")
}
