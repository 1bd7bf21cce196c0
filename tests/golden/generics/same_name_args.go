package main

// Instances whose type arguments are local types of the same name, from
// different functions: distinct instances, methods included.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func a() (int, any) {
	type L int
	b := Wrap(L(1))
	b.Set(b.Get() + 10)
	return int(b.Get()), b
}

func b() (int, any) {
	type L int
	b := Wrap(L(2))
	return int(b.Get()), b
}

func main() {
	x, bx := a()
	y, by := b()
	println(x, y, bx == by)
	_, same := bx.(interface{ Get() int })
	println(same)
}
