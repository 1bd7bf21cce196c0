// Map literals, plain lookups, comma-ok lookups and the zero value a
// missing key yields, for several value types.
package main

type P struct {
	X, Y int
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	println(len(m), m["one"], m["two"], m["three"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["four"]
	println(v, ok)
	println(m["missing"])

	s := map[int]string{1: "a", 2: "b"}
	println(s[1], s[2], s[3] == "", len(s[3]))
	_, ok = s[2]
	println(ok)

	b := map[string]bool{"yes": true}
	println(b["yes"], b["no"])

	f := map[string]float64{"pi": 3.5}
	println(f["pi"], f["e"])

	ps := map[string]P{"o": {}, "a": {1, 2}}
	println(ps["a"].X, ps["a"].Y, ps["zz"].X, ps["zz"].Y)
	p, ok := ps["o"]
	println(p.X, p.Y, ok)

	pp := map[int]*P{1: {3, 4}}
	println(pp[1].X, pp[2] == nil)

	empty := map[string]int{}
	println(len(empty), empty["x"])
	mk := make(map[int]int, 100)
	println(len(mk))
	mk[5] = 50
	println(len(mk), mk[5])
}
