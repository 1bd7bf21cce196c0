// Types declared inside generic functions (one distinct type per
// instantiation), struct and array types built from type parameters, and
// comparisons and map keys involving them.
package main

type Key[T comparable] struct {
	ns string
	id T
}

func Wrap[T any](x T) any {
	type wrapper struct {
		v T
	}
	return wrapper{x}
}

func SameType[T, U any](a T, b U) bool {
	return any(a) == any(b)
}

func Triple[T any](x T) [3]T {
	return [3]T{x, x, x}
}

func Index[T comparable](xs []T) map[Key[T]]int {
	m := map[Key[T]]int{}
	for i, x := range xs {
		m[Key[T]{"k", x}] = i
	}
	return m
}

func PairEq[T comparable](a, b T) bool {
	type pair struct{ x, y T }
	return pair{a, b} == pair{a, b} && pair{a, a} == pair{b, b}
}

func Swap[T any](p *[2]T) {
	p[0], p[1] = p[1], p[0]
}

func main() {
	w1 := Wrap(1)
	w2 := Wrap(1)
	w3 := Wrap("1")
	w4 := Wrap(int64(1))
	println(w1 == w2, w1 == w3, w1 == w4)

	println(SameType(1, 1), SameType(1, int8(1)), SameType("a", "a"))

	t := Triple("ab")
	println(len(t), t[0]+t[1]+t[2])
	ti := Triple(Key[int]{"n", 5})
	println(ti[2].ns, ti[2].id, ti[0] == ti[1])

	m := Index([]string{"a", "b", "c", "b"})
	println(len(m), m[Key[string]{"k", "b"}], m[Key[string]{"k", "z"}])
	mi := Index([]float64{0.5, 1.5})
	_, ok := mi[Key[float64]{"k", 1.5}]
	println(len(mi), ok)

	println(PairEq(3, 3), PairEq(3, 4), PairEq("x", "x"))

	arr := [2]string{"left", "right"}
	Swap(&arr)
	println(arr[0], arr[1])
	nums := [2]Key[int]{{"a", 1}, {"b", 2}}
	Swap(&nums)
	println(nums[0].ns, nums[1].id)
}
