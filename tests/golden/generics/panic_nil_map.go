// Writing to a nil map held in a generic type panics.
package main

type Counter[K comparable] struct {
	counts map[K]int
}

func (c *Counter[K]) Inc(k K) int {
	c.counts[k]++
	return c.counts[k]
}

func Tally[K comparable](keys ...K) map[K]int {
	m := make(map[K]int)
	for _, k := range keys {
		m[k]++
	}
	return m
}

func main() {
	t := Tally("x", "y", "x")
	println(t["x"], t["y"], t["z"])
	ok := Counter[int]{counts: map[int]int{}}
	ok.Inc(3)
	println(ok.Inc(3))
	var bad Counter[string]
	println(bad.counts["missing"])
	bad.Inc("boom")
	println("unreachable")
}
