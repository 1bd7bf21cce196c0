// Generic values stored in interfaces and recovered with type assertions and
// type switches, including `case T:` on a type parameter, and zero values.
package main

type Box[T any] struct{ v T }

type Celsius float64

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case nil:
		return "nil"
	case int:
		if v < 0 {
			return "negative int"
		}
		return "int"
	case string:
		return "string of " + itoa(len(v))
	case Box[int]:
		return "Box[int] " + itoa(v.v)
	case Box[string]:
		return "Box[string] " + v.v
	case error:
		return "error"
	case interface{ Unit() string }:
		return "unit " + v.Unit()
	case []T:
		return "slice of T"
	}
	return "other"
}

func (c Celsius) Unit() string { return "C" }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Is reports whether the dynamic value in x has type T.
func Is[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

// Extract collects the elements of type T from a mixed slice.
func Extract[T any](xs []any) []T {
	var out []T
	for _, x := range xs {
		switch v := x.(type) {
		case T:
			out = append(out, v)
		}
	}
	return out
}

func OrDefault[T any](x any, def T) T {
	if v, ok := x.(T); ok {
		return v
	}
	return def
}

// Shape classifies x relative to T; when T is int the int case comes first.
func Shape[T any](x any) string {
	switch x.(type) {
	case int:
		return "int"
	case T:
		return "T"
	case []T:
		return "[]T"
	case *T:
		return "*T"
	case map[string]T:
		return "map[string]T"
	case func(T) T:
		return "func(T) T"
	}
	return "?"
}

func Zero[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](x T) bool {
	var zero T
	return x == zero
}

func main() {
	println(Kind(-3), "|", Kind(4), "|", Kind("hello"))
	println(Kind(Box[int]{12}), "|", Kind(Box[string]{"s"}), "|", Kind(Box[bool]{}))
	println(Kind(Celsius(3)), "|", Kind[any](nil), "|", Kind(3.5))
	println(Kind([]int{1}), "|", Kind([][]int{{1}}))

	n := 1
	println(Shape[string]("s"), Shape[string]([]string{}), Shape[string](new(string)), Shape[string](map[string]string{}))
	println(Shape[int](3), Shape[int]([]int{}), Shape[int](&n), Shape[int](func(int) int { return 0 }), Shape[int](int8(1)))
	println(Shape[Box[int]](Box[int]{}), Shape[Box[int]]([]Box[string]{}), Shape[[]int]([][]int{}))
	println(Is[int](5), Is[int](int64(5)), Is[Box[int]](Box[int]{}), Is[error](nil))
	println(Is[interface{ Unit() string }](Celsius(1)), Is[any](1), Is[any](nil))

	mixed := []any{1, "a", 2.5, 3, "b", Box[int]{7}, Celsius(9), 4}
	ints := Extract[int](mixed)
	println(len(ints), ints[0]+ints[1]+ints[2])
	strs := Extract[string](mixed)
	println(len(strs), strs[0]+strs[1])
	units := Extract[interface{ Unit() string }](mixed)
	println(len(units), units[0].Unit())
	boxes := Extract[Box[int]](mixed)
	println(len(boxes), boxes[0].v)
	println(Extract[bool](mixed) == nil)

	println(OrDefault(mixed[1], "none"), OrDefault(mixed[0], "none"), OrDefault[float64](mixed[2], 0))

	println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	println(Zero[Box[float64]]().v, Zero[any]() == nil, Zero[[3]int]()[2], Zero[bool]())
	var e any = Zero[error]()
	println(e == nil)
	println(IsZero(0), IsZero(1), IsZero(""), IsZero(Box[int]{}), IsZero(Box[string]{"x"}))
	var ip *int
	println(IsZero(ip), IsZero[any](nil), IsZero[any](0))
}
