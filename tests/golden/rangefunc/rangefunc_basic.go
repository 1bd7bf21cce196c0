// Range over functions in its three forms (0, 1 and 2 yield parameters): the
// short variable, assignment and bare `for range f` forms, iterator
// constructors, method values used as iterators, and empty iterators.
package main

type List struct {
	items []string
}

func (l *List) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

func (l List) Values() func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, s := range l.items {
			if !yield(s) {
				return
			}
		}
	}
}

func count3(yield func() bool) {
	println("count3 start")
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
	println("count3 end")
}

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func empty(yield func(int) bool) {
	println("empty called")
}

type Seq func(yield func(int) bool)

func squares(n int) Seq {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func main() {
	n := 0
	for range count3 {
		n++
	}
	println("zero-param iterations:", n)

	for x := range upTo(4) {
		print(x, " ")
	}
	println()

	sum := 0
	for x := range upTo(10) {
		sum += x
	}
	println("sum:", sum)

	for k, v := range pairs {
		println(k, v)
	}

	var k string
	var v int
	for k, v = range pairs {
		print(k, "=", v, " ")
	}
	println()
	println("after assignment loop:", k, v)

	var last int
	for last = range upTo(5) {
	}
	println("last:", last)

	for k = range pairs {
	}
	println("key only:", k)

	for _, v := range pairs {
		print(v, " ")
	}
	println()

	l := &List{items: []string{"x", "y", "z"}}
	for i, s := range l.All {
		println("All", i, s)
	}
	it := l.All
	l.items = append(l.items, "w")
	for i := range it {
		print(i, " ")
	}
	println()

	for s := range l.Values() {
		print(s, " ")
	}
	println()

	for x := range empty {
		println("never", x)
	}

	for x := range squares(5) {
		print(x, " ")
	}
	println()

	var f func(func(int) bool) = upTo(2)
	for x := range f {
		print("f", x, " ")
	}
	println()

	for x := range func(yield func(int) bool) {
		yield(7)
		yield(8)
	} {
		print("lit", x, " ")
	}
	println()
}
