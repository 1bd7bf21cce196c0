// Arrays of comparable elements compare with == and != element-wise.
package main

type P struct {
	X, Y int
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	println(a == b, a != b, a == c, a != c)
	s1 := [2]string{"go", "lang"}
	s2 := [2]string{"go", "lan" + "g"}
	println(s1 == s2)
	p1 := [2]P{{1, 2}, {3, 4}}
	p2 := [2]P{{1, 2}, {3, 5}}
	println(p1 == p2, p1[0] == p2[0])
	var z1, z2 [5]float64
	println(z1 == z2)
	z1[4] = -0.0
	println(z1 == z2)
	n1 := [2][2]bool{{true, false}, {false, true}}
	n2 := n1
	println(n1 == n2)
	n2[1][1] = false
	println(n1 == n2)
	var e1, e2 [0]int
	println(e1 == e2)
	x, y := 1, 2
	q1 := [2]*int{&x, &y}
	q2 := [2]*int{&x, &y}
	q3 := [2]*int{&y, &x}
	println(q1 == q2, q1 == q3)
}
