// Stores through an address computed before a call that collects: while
// the call runs, the address (into the middle of an object) is the only
// reference to the object. If the collector freed it, the store would
// land in an object allocated since.
package main

import "runtime"

type outer struct {
	a  int
	in struct {
		x [4]int
		p *[4]int
	}
}

var sink []*[4]int

func newOuter() *outer {
	o := &outer{}
	o.in.p = &[4]int{1, 2, 3, 4}
	return o
}

// refill collects, then allocates arrays like the one stored into, which
// take the slots of whatever was freed.
func refill(v int) int {
	sink = nil
	runtime.GC()
	for i := 0; i < 4000; i++ {
		sink = append(sink, &[4]int{-1, -1, -1, -1})
	}
	return v
}

func damaged() int {
	n := 0
	for _, a := range sink {
		for _, x := range a {
			if x != -1 {
				n++
			}
		}
	}
	return n
}

func main() {
	total := 0
	for round := 0; round < 5; round++ {
		o := newOuter()
		o.in.p[2], o = refill(round), nil
		total += damaged()
		q := newOuter()
		q.in.x[1], q = refill(round+10), nil
		total += damaged()
	}
	println("damaged words:", total)
}
