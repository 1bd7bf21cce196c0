// Loop variables of range-over-func loops are per-iteration (closures
// capturing them see their own copy); body closures capture and modify
// outer variables; iterators built from closures keep their own state.
package main

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

type counter struct {
	n int
}

func (c *counter) next(yield func(int) bool) {
	for {
		c.n++
		if !yield(c.n) {
			return
		}
	}
}

func main() {
	var fs []func() int
	for x := range upTo(4) {
		fs = append(fs, func() int { return x * 10 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	var gs []func() string
	for k, v := range pairs {
		gs = append(gs, func() string {
			s := k
			for i := 0; i < v; i++ {
				s += "+"
			}
			return s
		})
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()

	// Modifying the per-iteration variable does not affect the iterator.
	var hs []func() int
	for x := range upTo(3) {
		x *= 100
		hs = append(hs, func() int { return x })
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()

	// Closures in the body capture and modify outer variables.
	total := 0
	count := 0
	add := func(d int) { total += d }
	for x := range upTo(5) {
		add(x)
		func() {
			count++
		}()
	}
	println("total", total, "count", count)

	// Closures capturing the per-iteration variable can mutate it.
	var incs []func() int
	for x := range upTo(2) {
		incs = append(incs, func() int {
			x++
			return x
		})
	}
	println(incs[0](), incs[0](), incs[1](), incs[0](), incs[1]())

	// Assignment form: the outer variable is shared by every closure.
	var shared int
	var ss []func() int
	for shared = range upTo(3) {
		ss = append(ss, func() int { return shared })
	}
	for _, s := range ss {
		print(s(), " ")
	}
	println()

	// An iterator that is a method value keeps its receiver's state.
	c := &counter{}
	for v := range c.next {
		if v == 3 {
			break
		}
	}
	for v := range c.next {
		print(v, " ")
		if v >= 6 {
			break
		}
	}
	println("counter", c.n)

	// An iterator closure over local state, built in a loop.
	var its []func(func(int) bool)
	for i := 1; i <= 3; i++ {
		its = append(its, func(yield func(int) bool) {
			for j := 0; j < i; j++ {
				if !yield(i*10 + j) {
					return
				}
			}
		})
	}
	for _, it := range its {
		for v := range it {
			print(v, " ")
		}
	}
	println()

	// The body modifies a variable the iterator reads.
	limit := 10
	seen := 0
	for x := range func(yield func(int) bool) {
		for i := 0; i < limit; i++ {
			if !yield(i) {
				return
			}
		}
	} {
		seen++
		if x == 1 {
			limit = 4
		}
	}
	println("seen", seen, "limit", limit)
}
