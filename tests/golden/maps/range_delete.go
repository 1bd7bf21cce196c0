// Deleting the current entry while ranging is allowed: every entry is
// still visited exactly once. Only counts and sums are printed.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	visited, sum := 0, 0
	for k, v := range m {
		visited++
		sum += v
		if k%3 == 0 {
			delete(m, k)
		}
	}
	println(visited, sum, len(m))
	visited = 0
	for k := range m {
		visited++
		delete(m, k)
	}
	println(visited, len(m))
	m[5] = 5
	n := 0
	for range m {
		n++
	}
	println(n, len(m))
	w := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := 0
	for k := range w {
		w[k] = w[k] * 10
		keys++
	}
	println(keys, w["a"]+w["b"]+w["c"])
}
