// Constraints: unions with ~ over named types, interfaces combining a type
// set with methods, comparable, and constraints that embed other constraints.
package main

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Whole interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

// SmallInt embeds Integer and narrows it with a second union.
type SmallInt interface {
	Integer
	~int8 | ~int16
}

type Stringer interface {
	String() string
}

// StringableInt: an integer type that also has a String method.
type StringableInt interface {
	~int | ~int64
	String() string
}

type Meters int
type Level uint8
type Code int64

func (m Meters) String() string { return "m" }
func (c Code) String() string   { return "code" }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

type Point struct{ X, Y int }

func (p Point) String() string { return "point" }

func SumAll[T Whole](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func Describe[T StringableInt](x T) string {
	s := ""
	for i := T(0); i < x; i++ {
		s += x.String()
	}
	return s
}

func Count[T comparable](xs []T, x T) int {
	n := 0
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return n
}

func Double[T Integer](x T) T { return x * 2 }

func Halve[T SmallInt](x T) T { return x / 2 }

func main() {
	println(SumAll(Meters(3), 4, 5))
	println(SumAll[Level](200, 50, 10)) // wraps around in uint8
	println(SumAll(int8(100), 27))
	println(SumAll[uint64](1<<63, 1<<62))
	println(Join([]Color{0, 1, 2, 1}, ","))
	println(Join([]Point{{1, 2}, {3, 4}}, "+"))
	println(Describe(Meters(3)))
	println(Describe(Code(2)))
	println(Count([]Point{{1, 2}, {3, 4}, {1, 2}}, Point{1, 2}))
	println(Count([]string{"a", "b", "a", "a"}, "a"))
	println(Count([]Color{1, 2, 1}, Color(1)))
	type pair struct {
		a int
		b string
	}
	println(Count([]pair{{1, "x"}, {1, "y"}}, pair{1, "y"}))
	println(Count([]any{1, "1", 1.0, 1}, any(1)))
	println(Count([]*Point{nil, nil, &Point{}}, nil))
	println(Count([][2]int{{1, 2}, {2, 1}}, [2]int{2, 1}))
	println(Double(Meters(21)), Double(int16(-300)))
	var c Code = Double(Code(8))
	println(c, c.String())
	println(Halve(int8(-101)), Halve(int16(999)))
}
