// min/max on type parameters with NaN and signed zeros, clear on a map with
// NaN keys, nil cases in type switches on type parameters, and == on generic
// structs whose field type is an interface, ending in a run-time panic.
package main

func Min3[T ~float64 | ~float32 | ~int](a, b, c T) T { return min(a, b, c) }
func Max2[T ~float64 | ~string](a, b T) T { return max(a, b) }

func ClearAll[M ~map[K]V, K comparable, V any](m M) { clear(m) }

func Kind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case nil:
		return "nil"
	}
	return "other"
}

type P[T any] struct {
	a T
	b int
}

func Eq[T comparable](x, y P[T]) bool { return x == y }

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	println(Min3(1.0, nan, 2.0), Min3(3, 1, 2), Min3(zero, negz, 1.0), Max2(negz, zero))
	println(Max2("ab", "b"), Min3(float32(2), 1.5, 3))
	m := map[float64]int{nan: 1, nan: 2, 1: 3}
	println(len(m))
	ClearAll(m)
	println(len(m))
	println(Kind[error](nil), Kind[any](nil), Kind[any](3), Kind[error](3))
	println(Eq(P[any]{1, 2}, P[any]{1, 2}), Eq(P[string]{"a", 1}, P[string]{"a", 2}))
	println(Eq(P[any]{[]int{}, 2}, P[any]{[]int{}, 2}))
}
