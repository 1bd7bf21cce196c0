// Structs are comparable when all fields are; == compares field by field.
package main

type P struct {
	X, Y int
}

type R struct {
	Name string
	Pos  P
	On   bool
	F    float64
}

func main() {
	a := R{"a", P{1, 2}, true, 0.5}
	b := R{"a", P{1, 2}, true, 0.5}
	println(a == b, a != b)
	b.Pos.Y = 3
	println(a == b)
	b.Pos.Y = 2
	b.Name = "a" + ""
	println(a == b)
	b.F = 0.25 * 2
	println(a == b)
	var z1, z2 R
	println(z1 == z2, z1 == R{})
	zero := 0.0
	n1 := R{F: zero / zero}
	n2 := n1
	println(n1 == n2)
	x := 1
	type W struct{ p *int }
	println(W{&x} == W{&x}, W{} == W{nil})
	ps := []P{{1, 1}, {2, 2}, {1, 1}}
	count := 0
	for _, p := range ps {
		if p == (P{1, 1}) {
			count++
		}
	}
	println(count)
}
