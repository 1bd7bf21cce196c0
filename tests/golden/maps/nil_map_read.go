// A nil map behaves like an empty map for reads, len, range and delete.
package main

type T struct {
	A int
	B string
}

func main() {
	var m map[string]int
	println(m == nil, len(m), m["a"])
	v, ok := m["a"]
	println(v, ok)
	n := 0
	for range m {
		n++
	}
	println(n)
	delete(m, "a")
	var ms map[int]T
	println(ms[4].A, ms[4].B == "", len(ms))
	var mm map[string]map[string]int
	println(mm["x"]["y"], mm["x"] == nil)
	m = map[string]int{}
	println(m == nil, len(m))
	m = nil
	println(m == nil)
}
