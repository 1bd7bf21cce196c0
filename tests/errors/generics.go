package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pick[T any](a, b T) T { return a }

func Zero[T any]() T {
	var z T
	return z
}

type List[T any] struct{ items []T }

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = Sum([]string{"a"})  // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	_ = Pick(1, "a")        // ERROR "in call to Pick, mismatched types untyped int and untyped string \(cannot infer T\)"
	_ = Zero()              // ERROR "in call to Zero, cannot infer T \(.*generics.go:17:11\)"
	var l List              // ERROR "cannot use generic type List\[T any\] without instantiation"
	_ = l
	f := Sum                // ERROR "cannot use generic function Sum without instantiation"
	_ = f
	_ = Show(3)             // ERROR "int does not satisfy Stringer \(missing method String\)"
	_ = Eq([]int{}, nil)    // ERROR "\[\]int does not satisfy comparable"
	_ = Sum[int, int]       // ERROR "got 2 type arguments but want 1"
}
