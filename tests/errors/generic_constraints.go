package main

type Number interface {
	~int | ~float64
}

type Sized interface{ Len() int }

type Bad interface{ int | Sized } // ERROR "cannot use main.Sized in union \(main.Sized contains methods\)"

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var m Pair[int, string, bool] // ERROR "too many type arguments for type Pair: have 3, want 2"
	_ = m
	var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"
	_ = c
	var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	_ = n
	var p Pair[[]int, int] // ERROR "\[\]int does not satisfy comparable"
	_ = p
}
