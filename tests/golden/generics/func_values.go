// Instantiated generic functions used as values, method values and method
// expressions of generic types, generic interfaces implemented by generic
// types, and generic types satisfying ordinary interfaces.
package main

type Container[T any] interface {
	Push(T)
	Len() int
}

type Sizer interface {
	Len() int
}

type Bag[T any] struct {
	items []T
}

func (b *Bag[T]) Push(x T) { b.items = append(b.items, x) }
func (b *Bag[T]) Len() int  { return len(b.items) }

type Tally[T comparable] map[T]int

func (t Tally[T]) Push(x T) { t[x]++ }
func (t Tally[T]) Len() int  { return len(t) }

func Fill[T any](c Container[T], xs ...T) int {
	for _, x := range xs {
		c.Push(x)
	}
	return c.Len()
}

func Apply[T any](xs []T, f func(T) T) {
	for i := range xs {
		xs[i] = f(xs[i])
	}
}

func Double[T ~int | ~float64](x T) T { return x + x }

func Ident[T any](x T) T { return x }

func TotalLen(ss ...Sizer) int {
	n := 0
	for _, s := range ss {
		n += s.Len()
	}
	return n
}

func main() {
	d := Double[int]
	df := Double[float64]
	println(d(21), df(1.25))
	var f func(string) string = Ident[string]
	println(f("same"))
	ops := []func(int) int{Double[int], Ident[int], func(x int) int { return -x }}
	for _, op := range ops {
		print(op(5), " ")
	}
	println()
	xs := []int{1, 2, 3}
	Apply(xs, Double[int])
	Apply(xs, func(x int) int { return x * 10 })
	println(xs[0], xs[1], xs[2])

	b := &Bag[string]{}
	push := b.Push
	push("a")
	push("b")
	println(Fill[string](b, "c", "d"), len(b.items))
	lenOf := (*Bag[string]).Len
	println(lenOf(b))
	pushExpr := (*Bag[int]).Push
	bi := &Bag[int]{}
	pushExpr(bi, 9)
	println(bi.items[0])

	t := Tally[string]{}
	println(Fill[string](t, "x", "y", "x", "z", "x"), t["x"])
	tl := Tally[int].Len
	println(tl(Tally[int]{1: 1, 2: 1}))

	var c Container[int] = bi
	c.Push(10)
	if bb, ok := c.(*Bag[int]); ok {
		println("bag with", len(bb.items))
	}
	_, isTally := c.(Tally[int])
	println(isTally)
	println(TotalLen(b, bi, t, Tally[bool]{true: 3}))
}
