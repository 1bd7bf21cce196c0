// A recursive generic type: a binary search tree keyed by an ordered type,
// with recursive generic methods and functions, and an ordered map built on it.
package main

type Ordered interface {
	~int | ~int64 | ~uint | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	key         K
	val         V
	left, right *Tree[K, V]
}

func (t *Tree[K, V]) Insert(k K, v V) *Tree[K, V] {
	if t == nil {
		return &Tree[K, V]{key: k, val: v}
	}
	switch {
	case k < t.key:
		t.left = t.left.Insert(k, v)
	case k > t.key:
		t.right = t.right.Insert(k, v)
	default:
		t.val = v
	}
	return t
}

func (t *Tree[K, V]) Find(k K) (V, bool) {
	for t != nil {
		if k < t.key {
			t = t.left
		} else if k > t.key {
			t = t.right
		} else {
			return t.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.key, t.val)
	t.right.Walk(f)
}

func Height[K Ordered, V any](t *Tree[K, V]) int {
	if t == nil {
		return 0
	}
	return 1 + max(Height(t.left), Height(t.right))
}

// OrderedMap wraps a tree and counts its entries.
type OrderedMap[K Ordered, V any] struct {
	root *Tree[K, V]
	n    int
}

func (m *OrderedMap[K, V]) Put(k K, v V) {
	if _, ok := m.root.Find(k); !ok {
		m.n++
	}
	m.root = m.root.Insert(k, v)
}

func (m *OrderedMap[K, V]) Get(k K) V {
	v, _ := m.root.Find(k)
	return v
}

func (m OrderedMap[K, V]) Len() int { return m.n }

func (m *OrderedMap[K, V]) Keys() []K {
	var ks []K
	m.root.Walk(func(k K, _ V) { ks = append(ks, k) })
	return ks
}

func main() {
	var t *Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t = t.Insert(k, "v")
	}
	t = t.Insert(40, "forty")
	t.Walk(func(k int, v string) { print(k, "=", v, " ") })
	println()
	println("height", Height(t))
	s, ok := t.Find(40)
	println(s, ok)
	s, ok = t.Find(45)
	println(s == "", ok)

	var m OrderedMap[string, []int]
	m.Put("banana", []int{2})
	m.Put("apple", []int{1, 1})
	m.Put("cherry", nil)
	m.Put("apple", []int{1, 2, 3})
	println("len", m.Len())
	for _, k := range m.Keys() {
		print(k, ":", len(m.Get(k)), " ")
	}
	println()
	println(m.Get("durian") == nil)

	var fm OrderedMap[float64, bool]
	for i := 10; i > 0; i-- {
		fm.Put(float64(i)/4, i%3 == 0)
	}
	ks := fm.Keys()
	println(len(ks), ks[0], ks[9], fm.Get(0.75), fm.Get(1))
	println("height", Height(fm.root))
}
