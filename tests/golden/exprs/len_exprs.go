// len and cap of strings, arrays, pointers to arrays, and slices.
package main

func main() {
	s := "hello, 世界"
	println(len(s), len(""), len(s[7:]))
	var a [5]int
	println(len(a), cap(a))
	p := &a
	println(len(p), cap(p))
	var np *[3]string
	println(len(np), cap(np))
	sl := a[1:3]
	println(len(sl), cap(sl))
	sl2 := make([]byte, 4, 10)
	println(len(sl2), cap(sl2), len(sl2[2:]), cap(sl2[2:]), len(sl2[:8]))
	var nsl []int
	println(len(nsl), cap(nsl))
	m := map[int]bool{1: true, 2: false}
	println(len(m))
	grid := [3][7]int{}
	println(len(grid), len(grid[0]))
	nested := [][]int{{1}, {1, 2}, {}}
	t := 0
	for _, r := range nested {
		t += len(r)
	}
	println(len(nested), t)
}
