// Generic iterators with range-over-func: sequences over slices, filtered
// and mapped sequences, a generic type with an All method, and early exit.
package main

func All[T any](s []T) func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Values[T any](s []T) func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func FilterSeq[T any](seq func(func(T) bool), keep func(T) bool) func(func(T) bool) {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func MapSeq[T, U any](seq func(func(T) bool), f func(T) U) func(func(U) bool) {
	return func(yield func(U) bool) {
		seq(func(v T) bool { return yield(f(v)) })
	}
}

func Collect[T any](seq func(func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}


type Set[T comparable] struct {
	order []T
	seen  map[T]bool
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{seen: map[T]bool{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T) {
	if !s.seen[x] {
		s.seen[x] = true
		s.order = append(s.order, x)
	}
}

func (s *Set[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, x := range s.order {
			if !yield(x) {
				return
			}
		}
	}
}

func main() {
	words := []string{"zero", "one", "two", "three", "four"}
	for i, w := range All(words) {
		if i == 3 {
			break
		}
		print(i, ":", w, " ")
	}
	println()

	total := 0
	for v := range Values([]int{4, 5, 6}) {
		total += v
	}
	println("total", total)

	odd := FilterSeq(Values([]int{1, 2, 3, 4, 5, 6, 7}), func(x int) bool { return x%2 == 1 })
	squares := MapSeq(odd, func(x int) int { return x * x })
	for v := range squares {
		print(v, " ")
	}
	println()
	lens := Collect(MapSeq(Values(words), func(s string) int { return len(s) }))
	println(len(lens), lens[0], lens[3])

	s := NewSet("b", "a", "b", "c", "a")
	for x := range s.All() {
		print(x)
	}
	println()
	is := NewSet(3, 1, 3, 3, 2)
	for x := range is.All() {
		if x == 2 {
			continue
		}
		print(x, ";")
	}
	println()

	found := -1
	for i, v := range All([]float64{0.5, 1.5, 2.5}) {
		if v > 1 {
			found = i
			break
		}
	}
	println("found", found)

	got := firstOver(Values([]int{3, 8, 1, 9}), 5)
	println("first over 5:", got)
}

func firstOver[T ~int](seq func(func(T) bool), limit T) T {
	for v := range seq {
		if v > limit {
			return v
		}
	}
	var zero T
	return zero
}
