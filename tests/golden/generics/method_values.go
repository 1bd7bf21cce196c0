package main

// Method values and expressions of generic types, mutually recursive generic
// types, and closures over values of type-parameter type.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s Stack[T]) Len() int   { return len(s.items) }

type A[T any] struct {
	b *B[T]
	v T
}

type B[T any] struct {
	a *A[T]
	w []T
}

func Apply[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func Counter[T comparable](target T) func(T) int {
	n := 0
	return func(x T) int {
		if x == target {
			n++
		}
		return n
	}
}

func main() {
	var s Stack[string]
	push := s.Push
	push("a")
	push("b")
	length := Stack[string].Len
	println(length(s))
	pushExpr := (*Stack[int]).Push
	var si Stack[int]
	pushExpr(&si, 7)
	println(si.Len(), si.items[0])
	Apply([]string{"x", "y"}, s.Push)
	println(s.Len())
	a := &A[int]{v: 1}
	a.b = &B[int]{a: a, w: []int{2, 3}}
	println(a.b.a.v, len(a.b.w))
	c := Counter("go")
	c("go")
	c("rust")
	println(c("go"))
	var f func(Stack[string]) int = Stack[string].Len
	println(f(s))
}
