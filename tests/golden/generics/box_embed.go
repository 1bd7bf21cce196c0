// Generic types whose methods and helpers produce other instances
// (Box[T] -> Box[U], Box[Pair[T, T]]), and generic structs embedding
// generic types, with promoted fields and methods.
package main

type Box[T any] struct {
	v T
}

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Put(v T) { b.v = v }

// A method of Box[T] may not return Box[Pair[T, T]] (an instantiation
// cycle), so these are functions.
func Dup[T any](b Box[T]) Box[Pair[T, T]] {
	return Box[Pair[T, T]]{Pair[T, T]{b.v, b.v}}
}
func Ptr[T any](b *Box[T]) Box[*T] { return Box[*T]{&b.v} }

type Pair[A, B any] struct {
	First  A
	Second B
}

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func (p Pair[A, B]) Both() (A, B) { return p.First, p.Second }

func MapBox[T, U any](b Box[T], f func(T) U) Box[U] {
	return Box[U]{f(b.v)}
}

func Zip[A, B any](a Box[A], b Box[B]) Box[Pair[A, B]] {
	return Box[Pair[A, B]]{Pair[A, B]{a.v, b.v}}
}

// Named embeds a Box[T]; Box's methods are promoted.
type Named[T any] struct {
	Box[T]
	Name string
}

func (n Named[T]) Label() string { return n.Name + "!" }

// Versioned embeds a pointer to a generic type.
type Versioned[T any] struct {
	*Named[T]
	Version int
}

func (v *Versioned[T]) Update(x T) {
	v.Put(x)
	v.Version++
}

func main() {
	b := Box[int]{21}
	s := MapBox(b, func(x int) string {
		out := ""
		for i := 0; i < x%5; i++ {
			out += "*"
		}
		return out
	})
	println(s.Get(), len(s.v))
	d := MapBox(b, func(x int) float64 { return float64(x) / 2 })
	println(d.Get())
	dup := Dup(b)
	println(dup.v.First, dup.v.Second)
	sw := Swap(Zip(s, b).Get())
	x, y := sw.Both()
	println(x, y)
	println(sw.First, sw.Second)
	p := Ptr(&b)
	*p.v = 99
	println(b.v, *p.Get())

	n := Named[string]{Box[string]{"hello"}, "greeting"}
	println(n.Get(), n.Label(), n.v)
	n.Put("bye")
	println(n.Box.Get())
	nd := Dup(n.Box).Get()
	println(nd.First + nd.Second)

	ver := Versioned[[]int]{&Named[[]int]{Name: "list"}, 0}
	ver.Update([]int{1, 2})
	ver.Update(append(ver.Get(), 3))
	println(ver.Label(), ver.Version, len(ver.Get()), ver.v[2])

	lens := MapBox(Box[[]string]{[]string{"a", "bb"}}, func(xs []string) Pair[int, string] {
		return Pair[int, string]{len(xs), xs[len(xs)-1]}
	})
	println(lens.v.First, lens.v.Second)
}
