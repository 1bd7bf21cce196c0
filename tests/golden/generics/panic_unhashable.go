// A map keyed by a type parameter instantiated with an interface type panics
// when a dynamic key value is not hashable.
package main

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable]() *Set[T] {
	return &Set[T]{m: make(map[T]struct{})}
}

func (s *Set[T]) Add(x T) bool {
	if _, ok := s.m[x]; ok {
		return false
	}
	s.m[x] = struct{}{}
	return true
}

func (s *Set[T]) Len() int { return len(s.m) }

type point struct{ x, y int }

func main() {
	s := NewSet[any]()
	println(s.Add(1), s.Add("a"), s.Add(1), s.Add(point{1, 2}), s.Add(point{1, 2}))
	println(s.Len())
	ps := NewSet[point]()
	ps.Add(point{0, 0})
	println(ps.Add(point{0, 0}), ps.Len())
	s.Add(map[string]int{"k": 1})
	println("unreachable")
}
