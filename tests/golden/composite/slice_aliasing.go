// Two slices share a backing array until append has to reallocate.
package main

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1)
	b[0] = 100
	println(a[0], b[0], len(a), len(b))
	c := append(a, 2)
	println(b[3], c[3])
	d := append(b, 5)
	d[0] = -1
	println(b[0], d[0], cap(b))
	e := []int{1, 2, 3}
	f := e[1:2]
	f = append(f, 50)
	println(e[2])
	f = append(f, 60)
	f[0] = 0
	println(e[1], e[2], f[0], f[2])
	g := e[:1]
	g = append(g, 7, 8)
	println(e[0], e[1], e[2])
	s := []string{"x"}
	t := s
	s = append(s, "y")
	s[0] = "changed"
	println(t[0], s[0])
}
