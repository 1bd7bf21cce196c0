// Single assignments evaluate the index and pointer operands on the left
// before the right side (m[f()] = g(), s[f()] = g(), *p(f()) = g()), as gc's
// order pass does; names on the left are read at the store.
package main

var trace []int

func step(k int) int {
	trace = append(trace, k)
	return k
}

func show(what string) {
	print(what, ":")
	for _, k := range trace {
		print(" ", k)
	}
	println()
	trace = trace[:0]
}

type T struct{ a [4]int }

var cells [8]int

func cell(k int) *int {
	step(k)
	return &cells[k]
}

func slice(k int) []int {
	step(k)
	return cells[:]
}

func main() {
	m := map[int]int{}
	m[step(5)] = step(6)
	show("map")
	s := make([]int, 10)
	s[step(1)] = step(2)
	show("slice")
	*cell(3) = step(4)
	show("deref")
	slice(1)[step(2)] = step(3)
	show("slice call")
	var t T
	p := &t
	p.a[step(1)] = step(2)
	show("field")
	var arr [3]int
	arr[step(2)] = step(1)
	show("array")
	m[step(7)] += step(8)
	show("op=")
	i := 0
	f := func() int { i = 2; return 9 }
	s[i] = f()
	println(s[0], s[2])
	defer func() {
		println("recovered:", recover().(error).Error())
		show("panic order")
	}()
	var nilmap map[int]int
	nilmap[step(1)] = step(2)
}
