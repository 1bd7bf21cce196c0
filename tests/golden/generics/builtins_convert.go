// Builtins on type parameters (min, max, clear, len, cap, append, copy,
// make, new) and conversions between type parameters with numeric and
// string constraints.
package main

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~float32 | ~float64
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~float32 | ~float64 | ~string
}

type Score int16

func Clamp[T Ordered](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func MinMax[T Ordered](xs ...T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(x, hi)
	}
	return lo, hi
}

func ConvertAll[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Average[T Number](xs []T) float64 {
	var sum float64
	for _, x := range xs {
		sum += float64(x)
	}
	return sum / float64(len(xs))
}

func Runes[S ~string](s S) []rune { return []rune(s) }

func Bytes[S ~string | ~[]byte](s S) string { return string(s) }

func ClearMap[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n - len(m)
}

func ClearSlice[S ~[]E, E any](s S) {
	clear(s)
}

func Clone[S ~[]E, E any](s S) S {
	out := make(S, len(s), len(s)+1)
	copy(out, s)
	return out
}

func NewOf[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

type Dict map[string]float64
type Grades []Score

func main() {
	println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp(7, 0, 10))
	println(Clamp("m", "b", "k"), Clamp(2.5, 1.0, 2.0))
	println(Clamp[Score](-400, -100, 100))
	lo, hi := MinMax(3, 9, -2, 7)
	println(lo, hi)
	slo, shi := MinMax("pear", "apple", "zoo", "fig")
	println(slo, shi)
	flo, fhi := MinMax[float32](1.5, -0.25, 8)
	println(flo, fhi)

	fs := ConvertAll[float64]([]int{1, 2, 3})
	println(fs[0], fs[2], len(fs))
	bs := ConvertAll[uint8]([]int{255, 256, 300, -1})
	println(bs[0], bs[1], bs[2], bs[3])
	is := ConvertAll[int]([]float64{2.9, -2.9, 1e3})
	println(is[0], is[1], is[2])
	i8 := ConvertAll[int8]([]Score{127, 128, -129})
	println(i8[0], i8[1], i8[2])
	scs := ConvertAll[Score]([]float32{1.5, -300.75})
	println(scs[0], scs[1])

	println(Average([]int{1, 2, 4}), Average(Grades{90, 85}))

	r := Runes("héllo")
	println(len(r), r[1])
	println(Bytes([]byte{104, 105}), Bytes("there"))

	d := Dict{"a": 1, "b": 2, "c": 3}
	println(ClearMap(d), len(d))
	g := Grades{1, 2, 3}
	c := Clone(g)
	ClearSlice(g)
	println(g[0], g[2], len(g), c[0], c[2], cap(c))

	p := NewOf(Score(12))
	*p += 30
	println(*p)
	ps := NewOf([]string{"x"})
	*ps = append(*ps, "y")
	println(len(*ps))
	println(min(Score(4), 2, 9), max(Score(4), 2, 9))
}
