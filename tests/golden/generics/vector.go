// A generic named slice type with methods, embedded in a generic struct so its
// methods are promoted; variadic generic functions with spread arguments; a
// generic instance stored in an ordinary interface.
package main

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Stats[T Number] struct {
	Vec[T]
	name string
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	v := Vec[int]{1, 2, 3}
	println(v.Dot(v), v.Scale(2).Dot(v), len(v.Scale(0)))
	st := Stats[float64]{Vec[float64]{0.5, 1.5}, "s"}
	println(st.Dot(st.Vec), st.Scale(2)[1], st.name)
	println(Sum(v...), Sum(st.Vec...), Sum[int]())
	var iv interface{ Dot(Vec[int]) int } = v
	println(iv.Dot(Vec[int]{1, 1, 1}))
}
