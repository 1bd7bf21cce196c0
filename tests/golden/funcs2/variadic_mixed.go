// Variadic parameters of various element types, including function
// values and structs, after fixed parameters.
package main

type Op func(int) int

func apply(x int, ops ...Op) int {
	for _, op := range ops {
		x = op(x)
	}
	return x
}

type P struct{ X, Y int }

func centroid(ps ...P) (int, int) {
	if len(ps) == 0 {
		return 0, 0
	}
	sx, sy := 0, 0
	for _, p := range ps {
		sx += p.X
		sy += p.Y
	}
	return sx / len(ps), sy / len(ps)
}

func count(prefix string, n int, rest ...bool) int {
	c := 0
	for _, b := range rest {
		if b {
			c++
		}
	}
	println(prefix, n, len(rest), c)
	return c + n
}

func main() {
	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	println(apply(3), apply(3, inc), apply(3, inc, sq), apply(3, sq, inc, inc))
	ops := []Op{sq, sq, inc}
	println(apply(2, ops...))
	println(centroid())
	println(centroid(P{0, 0}, P{4, 6}, P{2, 3}))
	count("a", 1)
	count("b", 2, true, false, true)
	println(count("c", 10, []bool{true}...))
}
