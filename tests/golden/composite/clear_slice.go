// The clear builtin (Go 1.21) zeroes the elements of a slice, up to its
// length and not beyond, and deletes every entry of a map.
package main

type P struct {
	X int
	S string
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	clear(t)
	for _, v := range s {
		print(v, " ")
	}
	println(len(t), cap(t))
	full := s[:cap(s)]
	clear(full[4:])
	println(s[4], len(s))
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	println(ps[0].X, ps[1].S == "", len(ps))
	var nilS []int
	clear(nilS)
	println(nilS == nil, len(nilS))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	println(len(m), m["a"])
	m["c"] = 3
	println(len(m))
	bs := []byte("hello")
	clear(bs[1:4])
	println(bs[0], bs[1], bs[3], bs[4])
	fs := []float64{1.5, 2.5}
	clear(fs)
	println(fs[0], fs[1])
}
