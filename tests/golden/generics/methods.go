// Receiver type parameters renamed or blank, method values and method
// expressions bound before mutation, a generic named slice type with methods
// returning the same instance, and inference of a pointer type parameter.
package main

type Box[T any] struct {
	val  T
	tags []string
}

func (b Box[U]) Get() U { return b.val }

func (b Box[_]) Tags() int { return len(b.tags) }

func (b *Box[V]) Set(v V) *Box[V] { b.val = v; return b }

type Matrix[T ~int | ~float64] [][]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := make(Matrix[T], len(m))
	for i := range m {
		out[i] = make([]T, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func Identity[T ~int | ~float64](n int) Matrix[T] {
	m := make(Matrix[T], n)
	for i := range m {
		m[i] = make([]T, n)
		m[i][i] = 1
	}
	return m
}

func Ptr[T any, PT *T](x T) PT { return &x }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	b := Box[string]{val: "v", tags: []string{"a", "b"}}
	println(b.Get(), b.Tags(), b.Set("w").Set("x").Get())
	get := b.Get
	b.Set("y")
	println(get(), b.Get())
	set := b.Set
	set("z")
	println(b.val)

	m := Matrix[int]{{1, 2}, {3, 4}}
	p := m.Mul(m).Mul(Identity[int](2))
	println(p[0][0], p[0][1], p[1][0], p[1][1])
	fm := Matrix[float64]{{0.5}}.Mul(Matrix[float64]{{4}})
	println(fm[0][0])

	ip := Ptr(5)
	*ip += 1
	println(*ip)
	sp := Ptr[string]("s")
	println(*sp)

	strs := Map[int](([]int{1, 22, 333}), func(x int) string { return string(rune('a' + x%26)) })
	println(strs[0], strs[1], strs[2])
	bs := Map([]Box[int]{{val: 1}, {val: 2}}, Box[int].Get)
	println(bs[0] + bs[1])
}
