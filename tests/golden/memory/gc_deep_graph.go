// A deep pointer graph (a million-node list, a tree with shared subtrees
// and cycles) survives collections whole.
package main

import "runtime"

type cell struct {
	next *cell
	alt  *cell
	v    int
}

func main() {
	var head *cell
	for i := 0; i < 1000000; i++ {
		head = &cell{next: head, v: i}
	}
	// Cycles and shared nodes.
	ring := &cell{v: -1}
	ring.next = ring
	head.alt = ring
	for c, i := head, 0; c != nil && i < 1000; c, i = c.next, i+1 {
		c.alt = ring
	}
	for i := 0; i < 5; i++ {
		_ = make([]byte, 1<<20)
		runtime.GC()
	}
	sum, n := 0, 0
	for c := head; c != nil; c = c.next {
		sum += c.v
		n++
	}
	println(n, sum, head.alt.next.next.v, head.next.alt == ring)
}
