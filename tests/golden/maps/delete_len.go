// delete removes an entry (a missing key or a nil map is a no-op) and len
// follows every insertion and deletion; a deleted key reads as zero again.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i * i
	}
	println(len(m))
	delete(m, 3)
	delete(m, 3)
	delete(m, 100)
	println(len(m), m[3])
	_, ok := m[3]
	println(ok)
	m[3] = 7
	println(len(m), m[3])
	for i := 0; i < 10; i += 2 {
		delete(m, i)
	}
	println(len(m))
	sum := 0
	for k, v := range m {
		sum += k*1000 + v
	}
	println(sum)
	m[1] = 11
	println(len(m), m[1])
	for k := range m {
		delete(m, k)
	}
	println(len(m))
	var nm map[string]int
	delete(nm, "x")
	println(len(nm))
}
