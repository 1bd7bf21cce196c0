// Comparing interfaces: equal when both dynamic types and values are
// equal; struct, array, string and pointer payloads; interface vs
// concrete comparisons; nil.
package main

type Pt struct {
	X, Y int
	S    string
}

type I interface {
	M() int
}

type A int

func (a A) M() int { return int(a) }

type B int

func (b B) M() int { return int(b) }

func main() {
	var x, y any
	println(x == y, x == nil)
	x, y = 1, 1
	println(x == y)
	y = int64(1)
	println(x == y)
	x, y = "ab", "a"+"b"
	println(x == y)
	x, y = Pt{1, 2, "s"}, Pt{1, 2, "s"}
	println(x == y)
	y = Pt{1, 2, "t"}
	println(x == y, x != y)
	x, y = [2]string{"a", "b"}, [2]string{"a", "b"}
	println(x == y)
	p := &Pt{}
	x, y = p, p
	println(x == y)
	y = &Pt{}
	println(x == y)
	x, y = 1.5, 1.5
	println(x == y)
	zero := 0.0
	x, y = zero/zero, zero/zero
	println(x == y)
	x = nil
	println(x == y, x == nil)

	var i, j I = A(1), A(1)
	println(i == j)
	j = B(1)
	println(i == j)
	println(i == A(1), i != A(2))
	var e any = A(1)
	println(e == A(1), e == 1)
	var in I
	println(in == nil, e == nil)
	type W struct {
		V any
	}
	println(W{1} == W{1}, W{1} == W{"1"}, W{} == W{nil})
	arr1 := [2]any{1, "x"}
	arr2 := [2]any{1, "x"}
	println(arr1 == arr2)
}
