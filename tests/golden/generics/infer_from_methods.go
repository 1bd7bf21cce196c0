package main

// Type arguments inferred from the methods of the argument passed for an
// interface parameter written in terms of type parameters.

type Getter[T any] interface{ Get() T }

type Setter[K comparable, V any] interface {
	Set(K, V)
	Len() int
}

type N int

func (n N) Get() string { return "n" }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type table map[string]float64

func (t table) Set(k string, v float64) { t[k] = v }
func (t table) Len() int                 { return len(t) }

func Extract[T any](g Getter[T]) T { return g.Get() }

func Fill[K comparable, V any](s Setter[K, V], k K, v V) int {
	s.Set(k, v)
	return s.Len()
}

func main() {
	println(Extract(N(1)))
	println(Extract(Box[int]{42}))
	println(Extract(&Box[string]{"ptr"}))
	var g Getter[bool] = Box[bool]{true}
	println(Extract(g))
	t := table{}
	println(Fill(t, "pi", 3.14), t["pi"])
}
