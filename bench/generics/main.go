// Generic containers: a binary heap ordered by a constraint, a generic
// binary search tree, and Map/Filter/Reduce over slices, each instantiated
// with more than one type argument.
package main

type Ordered interface {
	~int | ~int64 | ~uint32 | ~float64 | ~string
}

type Heap[T Ordered] struct {
	items []T
}

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	i := len(h.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if h.items[parent] <= h.items[i] {
			break
		}
		h.items[parent], h.items[i] = h.items[i], h.items[parent]
		i = parent
	}
}

func (h *Heap[T]) Pop() T {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && h.items[l] < h.items[m] {
			m = l
		}
		if r < last && h.items[r] < h.items[m] {
			m = r
		}
		if m == i {
			return top
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}

func (h *Heap[T]) Len() int { return len(h.items) }

type Tree[K Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch n := *p; {
		case k < n.key:
			p = &n.left
		case k > n.key:
			p = &n.right
		default:
			n.val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type rng uint32

func (r *rng) next() uint32 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint32(*r)
}

func main() {
	r := rng(2463534242)
	var sum int64
	for round := 0; round < 40; round++ {
		var h Heap[uint32]
		var hf Heap[float64]
		for i := 0; i < 20000; i++ {
			x := r.next()
			h.Push(x)
			hf.Push(float64(x%1000) / 7)
		}
		prev := uint32(0)
		for h.Len() > 0 {
			x := h.Pop()
			if x < prev {
				panic("heap order")
			}
			prev = x
			sum += int64(x % 97)
		}
		for hf.Len() > 0 {
			sum += int64(hf.Pop())
		}
		var t Tree[int, string]
		var ts Tree[string, int]
		keys := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
		for i := 0; i < 20000; i++ {
			k := int(r.next() % 50000)
			t.Put(k, keys[k%len(keys)])
			ts.Put(keys[k%len(keys)], k)
		}
		for i := 0; i < 20000; i++ {
			if v, ok := t.Get(i); ok {
				sum += int64(len(v))
			}
		}
		for _, k := range keys {
			v, _ := ts.Get(k)
			sum += int64(v % 13)
		}
		xs := make([]int, 20000)
		for i := range xs {
			xs[i] = int(r.next() % 1000)
		}
		sq := Map(xs, func(x int) int64 { return int64(x) * int64(x) })
		odd := Filter(sq, func(x int64) bool { return x%2 == 1 })
		sum += Reduce(odd, int64(0), func(a, x int64) int64 { return a + x%1000 })
		sum += int64(t.size + ts.size)
	}
	println(sum)
}
