// Long-lived linked structures keep their contents through hundreds of
// collections while garbage is allocated around them.
package main

import "runtime"

type node struct {
	next  *node
	left  *tree
	value int
	name  string
}

type tree struct {
	l, r *tree
	v    int
}

func build(depth, v int) *tree {
	if depth == 0 {
		return &tree{v: v}
	}
	return &tree{l: build(depth-1, 2*v), r: build(depth-1, 2*v+1), v: v}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.l.sum() + t.r.sum()
}

func checksum(list *node) int {
	sum := 0
	for n := list; n != nil; n = n.next {
		sum = sum*31 + n.value + len(n.name) + n.left.sum()
		sum %= 1000000007
	}
	return sum
}

func main() {
	var list *node
	for i := 0; i < 200; i++ {
		list = &node{next: list, left: build(4, i), value: i, name: string(rune('a' + i%26))}
	}
	want := checksum(list)
	var m runtime.MemStats
	garbage := 0
	for round := 0; round < 300; round++ {
		for i := 0; i < 2000; i++ {
			g := make([]*tree, 8)
			g[0] = &tree{v: i}
			garbage += len(g)
		}
		runtime.GC()
		if got := checksum(list); got != want {
			println("round", round, "checksum", got, "want", want)
			return
		}
	}
	runtime.ReadMemStats(&m)
	println("checksum", want, "kept through", m.NumGC >= 300, "collections; garbage", garbage)
}
