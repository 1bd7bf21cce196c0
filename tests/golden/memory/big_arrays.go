package main

// Arrays compared and hashed as keys and interface values, from small
// ones to a 100000-element one, and a local too large for the stack.

type key [4]int32

type pair struct {
	n [2]int
	s string
}

func main() {
	var a, b [100000]int
	a[99999] = 7
	b[99999] = 7
	var x, y any = a, b
	println(x == y)
	b[5] = 1
	y = b
	println(x == y)

	m := map[[3]uint16]string{{1, 2, 3}: "a"}
	m[[3]uint16{1, 2, 3}] += "b"
	m[[3]uint16{3, 2, 1}] = "c"
	println(len(m), m[[3]uint16{1, 2, 3}], m[[3]uint16{3, 2, 1}])

	counts := map[key]int{}
	for i := 0; i < 100; i++ {
		counts[key{int32(i % 10), 1, 2, 3}]++
	}
	println(len(counts), counts[key{3, 1, 2, 3}])

	pairs := map[[2]pair]int{}
	pairs[[2]pair{{[2]int{1, 2}, "x"}, {[2]int{3, 4}, "y"}}] = 1
	pairs[[2]pair{{[2]int{1, 2}, "x"}, {[2]int{3, 4}, "y"}}]++
	pairs[[2]pair{{[2]int{1, 2}, "x"}, {[2]int{3, 4}, "z"}}] = 5
	println(len(pairs), pairs[[2]pair{{[2]int{1, 2}, "x"}, {[2]int{3, 4}, "y"}}])

	var bools [3]bool
	var ib any = bools
	bools[1] = true
	println(ib == any(bools), ib == any([3]bool{}))

	var big [3 << 20]int // 24 MB: too large for a frame, on the heap as in gc
	big[len(big)-1] = 5
	c := big
	c[0] = 1
	println(big[0], c[0], c[len(c)-1])
}
