// Structs and arrays (and structs holding strings and arrays) as keys:
// keys that compare equal select the same entry.
package main

type Pt struct {
	X, Y int
}

type Key struct {
	Name string
	Pos  Pt
	Tag  [2]byte
}

func main() {
	m := map[Pt]string{}
	m[Pt{1, 2}] = "a"
	m[Pt{2, 1}] = "b"
	m[Pt{1, 2}] = "c"
	println(len(m), m[Pt{1, 2}], m[Pt{2, 1}], m[Pt{0, 0}] == "")
	p := Pt{2, 1}
	_, ok := m[p]
	println(ok)

	a := map[[3]int]int{}
	a[[3]int{1, 2, 3}] = 6
	a[[3]int{3, 2, 1}] = 7
	k := [3]int{1, 2, 3}
	a[k]++
	println(len(a), a[k], a[[3]int{3, 2, 1}], a[[3]int{}])

	km := map[Key]int{}
	km[Key{"n", Pt{1, 1}, [2]byte{'a', 'b'}}] = 1
	name := "n"
	km[Key{name + "", Pt{1, 1}, [2]byte{'a', 'b'}}] += 10
	km[Key{"n", Pt{1, 1}, [2]byte{'a', 'c'}}] = 5
	println(len(km), km[Key{"n", Pt{1, 1}, [2]byte{'a', 'b'}}])

	s := map[[2]string]bool{}
	s[[2]string{"x", "y"}] = true
	xy := "x" + "y"
	println(s[[2]string{xy[:1], xy[1:]}], s[[2]string{"y", "x"}])

	bm := map[bool]int{true: 1, false: 2}
	println(bm[1 > 0], bm[1 < 0])
}
