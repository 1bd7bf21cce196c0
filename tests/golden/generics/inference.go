// Type argument inference: explicit and partially explicit type arguments,
// inference through core types of named slice and map types, untyped
// constants of mixed kinds, and function-typed arguments.
package main

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Scores []int
type Names []string
type Registry map[string]int

func Convert[To, From Number](x From) To {
	return To(x)
}

func Sum[S ~[]E, E Number](s S) E {
	var total E
	for _, v := range s {
		total += v
	}
	return total
}

// Grow returns a value of the same named slice type S.
func Grow[S ~[]E, E any](s S, extra ...E) S {
	return append(s, extra...)
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Pair[A, B any](a A, b B) (A, B) {
	return a, b
}

func Max2[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Apply[T, R any](x T, f func(T) R) R {
	return f(x)
}

func describe(s Scores) string {
	return "Scores"
}

func main() {
	// Fully explicit.
	println(Convert[int, float64](3.99))
	// Partially explicit: From is inferred from the argument.
	var f32 float32 = 2.5
	println(Convert[int64](f32))
	println(Convert[float64](int32(-7)))
	c := Convert[Celsius](41)
	println(c)

	// Core type inference with named slice types.
	sc := Scores{10, 20, 30}
	println(Sum(sc))
	sc2 := Grow(sc, 40, 50)
	println(describe(sc2), len(sc2), sc2[4])
	ns := Grow(Names{"a"}, "b", "c")
	println(len(ns), ns[0]+ns[1]+ns[2])
	temps := []Celsius{1.5, 2.25}
	println(Sum(temps))

	r := Registry{"x": 1, "y": 2, "z": 3}
	println(Keys(r))

	// Untyped constants: an int constant and a float constant give float64.
	m := Max2(3, 4.5)
	println(m)
	var big any = Max2(7, 2)
	_, isInt := big.(int)
	println("int default:", isInt)
	var fl any = Max2(1, 2.0)
	_, isFloat := fl.(float64)
	println("float default:", isFloat)
	// A typed argument fixes the type for the untyped constant.
	var i32 int32 = 9
	println(Max2(i32, 12))
	println(Max2(Celsius(-3), 0))

	a, b := Pair("k", 'r')
	println(a, b)
	x, y := Pair[int8](-1, true)
	println(x, y)

	n := Apply(21, func(v int) int { return v * 2 })
	s := Apply("abc", func(v string) int { return len(v) })
	println(n, s)
}
