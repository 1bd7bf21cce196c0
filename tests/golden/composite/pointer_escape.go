// Pointers to local variables stay valid after the function returns: the
// variables escape to the heap.
package main

func newCounter(start int) *int {
	c := start
	return &c
}

type Pair struct{ A, B int }

func makePair(a, b int) *Pair {
	p := Pair{a, b}
	return &p
}

func ptrs(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		v := i * 10
		out = append(out, &v)
	}
	return out
}

func deep(depth int) *[4]int {
	if depth == 0 {
		var arr [4]int
		arr[3] = 123
		return &arr
	}
	return deep(depth - 1)
}

func main() {
	a := newCounter(5)
	b := newCounter(5)
	*a++
	println(*a, *b, a != b)
	p := makePair(1, 2)
	q := makePair(3, 4)
	p.A += q.B
	println(p.A, p.B, q.A)
	ps := ptrs(4)
	sum := 0
	for _, x := range ps {
		sum += *x
	}
	println(sum, *ps[3], ps[0] != ps[1])
	arr := deep(50)
	println(arr[3])
	garbage := 0
	for i := 0; i < 1000; i++ {
		garbage += len(make([]byte, 100))
	}
	println(*a, p.A, garbage)
}
