// Self-referential (F-bounded) constraints such as T Lesser[T], generic
// interfaces as constraints, and operations through type sets: indexing and
// len over ~string | ~[]byte, ranging over map and slice core types.
package main

type Lesser[T any] interface {
	Less(T) bool
}

type Version struct {
	major, minor int
}

func (v Version) Less(o Version) bool {
	if v.major != o.major {
		return v.major < o.major
	}
	return v.minor < o.minor
}

type Rev string

func (r Rev) Less(o Rev) bool { return r > o }

func SortBy[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MaxOf[T Lesser[T]](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if m.Less(x) {
			m = x
		}
	}
	return m
}

type ByteSeq interface {
	~string | ~[]byte
}

func CountByte[S ByteSeq](s S, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func SumValues[M ~map[K]V, K comparable, V ~int | ~float64](m M) V {
	var total V
	for _, v := range m {
		total += v
	}
	return total
}

func Positions[S ~[]E, E comparable](s S, x E) []int {
	var out []int
	for i, v := range s {
		if v == x {
			out = append(out, i)
		}
	}
	return out
}

type Path string
type Blob []byte
type Prices map[string]float64
type Letters []rune

func main() {
	vs := []Version{{1, 4}, {0, 9}, {1, 0}, {2, 1}, {1, 10}}
	SortBy(vs)
	for _, v := range vs {
		print(v.major, ".", v.minor, " ")
	}
	println()
	rs := []Rev{"b", "d", "a", "c"}
	SortBy(rs)
	for _, r := range rs {
		print(r)
	}
	println()
	m := MaxOf(Version{1, 1}, Version{3, 0}, Version{2, 9})
	println(m.major, m.minor, MaxOf[Rev]("q", "b", "z"))

	println(CountByte("banana", 'a'), CountByte(Path("/a/b/c"), '/'))
	println(CountByte([]byte("hello"), 'l'), CountByte(Blob{1, 0, 1, 1}, 1))

	println(SumValues(Prices{"a": 1.5, "b": 2.25}), SumValues(map[int]int{1: 10, 2: 20}))
	ps := Positions(Letters("abracadabra"), 'a')
	for _, p := range ps {
		print(p, " ")
	}
	println(len(ps))
}
