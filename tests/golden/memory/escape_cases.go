// Values the escape analysis must keep alive past their frame (and ones
// it may keep in the frame): results, globals, loops, recursion, closures,
// stores through pointers and pointers kept across loop iterations.
package main

type node struct {
	next *node
	v    int
}

var global *node
var kept []*int

func newNode(v int) *node { return &node{v: v} }

func keep(p *int) { kept = append(kept, p) }

func walk(n *node, depth int) int {
	if n == nil || depth == 0 {
		return 0
	}
	return n.v + walk(n.next, depth-1)
}

func link(a, b *node) { a.next = b }

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func main() {
	var list *node
	for i := 0; i < 5; i++ {
		n := &node{v: i}
		n.next = list
		list = n
	}
	println(walk(list, 10))

	var ptrs [3]*int
	for i := 0; i < 3; i++ {
		x := i * 10
		ptrs[i] = &x
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])

	a, b := newNode(1), &node{v: 2}
	link(a, b)
	global = a
	println(global.next.v)

	for i := 0; i < 3; i++ {
		y := i + 100
		keep(&y)
	}
	println(*kept[0], *kept[1], *kept[2])

	local := &node{v: 7}
	tmp := []int{1, 2, 3}
	sum := 0
	for _, t := range tmp {
		sum += t * local.v
	}
	println(sum)

	next := counter()
	next()
	println(next())

	var last *int
	for i := 0; i < 4; i++ {
		z := new(int)
		*z = i
		if i == 2 {
			last = z
		}
	}
	println(*last)
}
