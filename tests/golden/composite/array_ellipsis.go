// [...]T{...} takes its length from the literal, including keyed
// elements.
package main

func main() {
	a := [...]int{1, 2, 3}
	b := [...]string{"x", "y"}
	c := [...]int{5: 1}
	d := [...]int{1, 2, 10: 3, 4}
	println(len(a), len(b), len(c), len(d))
	println(d[0], d[1], d[2], d[10], d[11])
	e := [...]float64{}
	println(len(e))
	f := [...][2]int{{1, 2}, {3, 4}, {5, 6}}
	println(len(f), f[2][1])
	g := [...]byte{'h', 'i'}
	println(string(g[:]))
	h := [...]bool{3: true, 1: true}
	for i, v := range h {
		println(i, v)
	}
}
