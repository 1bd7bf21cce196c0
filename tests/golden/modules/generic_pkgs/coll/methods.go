package coll

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

func (l *List[T]) Len() int { return len(l.items) }

func (l *List[T]) At(i int) T { return l.items[i] }

func (l *List[T]) Each(f func(int, T)) {
	for i, x := range l.items {
		f(i, x)
	}
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, x := range l.items {
		out.Push(f(x))
	}
	return out
}

func Zip[K comparable, V any](keys *List[K], vals *List[V]) []Pair[K, V] {
	var out []Pair[K, V]
	for i := 0; i < keys.Len() && i < vals.Len(); i++ {
		out = append(out, Pair[K, V]{keys.At(i), vals.At(i)})
	}
	return out
}
