// Generic named function types with methods, an alias of a generic instance
// embedded in a struct, a fixed-size array of type-parameter elements, and
// recover in a generic function deferred directly by another.
package main

type Pred[T any] func(T) bool

func (p Pred[T]) Not() Pred[T] { return func(x T) bool { return !p(x) } }

func Filter[T any](xs []T, p Pred[T]) []T {
	var out []T
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }

type IntBox = Box[int]

type Holder struct {
	IntBox
	name string
}

type Ring[T any] struct {
	buf  [4]T
	head int
}

func (r *Ring[T]) Add(x T) {
	r.buf[r.head%len(r.buf)] = x
	r.head++
}

func Handle[T any](res *T, fallback T) {
	if r := recover(); r != nil {
		*res = fallback
	}
}

func Risky[T any](xs []T, i int, fallback T) (out T) {
	defer Handle(&out, fallback)
	return xs[i]
}

func main() {
	even := Pred[int](func(x int) bool { return x%2 == 0 })
	println(len(Filter([]int{1, 2, 3, 4, 6}, even)), len(Filter([]int{1, 2, 3}, even.Not())))
	short := Filter([]string{"a", "bcd", "ef"}, func(s string) bool { return len(s) < 3 })
	println(len(short), short[1])

	h := Holder{name: "h"}
	h.Set(5)
	var ib IntBox = h.IntBox
	println(h.v, ib.v)

	var r Ring[string]
	for _, s := range []string{"a", "b", "c", "d", "e", "f"} {
		r.Add(s)
	}
	println(r.buf[0], r.buf[1], r.buf[2], r.buf[3], r.head)

	println(Risky([]int{1, 2}, 1, -1), Risky([]int{1, 2}, 5, -1), Risky([]string{}, 0, "none"))
}
