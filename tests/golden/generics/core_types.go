// Core types in action: dereferencing ~*E, len and indexing of ~[4]E,
// conversions between ~string | ~[]byte type parameters, typed constants of
// type-parameter type, rune constants in inference, and a recursive closure
// over a generic tree.
package main

type IntPtr *int
type Quad [4]int

func Bigger[T ~int | ~int32 | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Deref[P ~*E, E any](p P, def E) E {
	if p == nil {
		return def
	}
	return *p
}

func Len4[A ~[4]E, E any](a A) (int, E) { return len(a), a[3] }

func Scale[T ~int | ~float64](x T) T {
	const k = 3
	var y T = k
	return x * y
}

func Conv[To ~string | ~[]byte, From ~string | ~[]byte](x From) To { return To(x) }

type Tree[T any] struct {
	val         T
	left, right *Tree[T]
}

func InOrder[T any](t *Tree[T]) []T {
	var out []T
	var walk func(*Tree[T])
	walk = func(n *Tree[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		out = append(out, n.val)
		walk(n.right)
	}
	walk(t)
	return out
}

type Box[T any] struct{ v T }

func main() {
	r := Bigger('a', 1)
	var ri any = r
	_, isRune := ri.(rune)
	println(r, isRune)
	println(Bigger(1, 'b'), Bigger(2.5, 'c'))
	x := 7
	var ip IntPtr = &x
	println(Deref(ip, 0), Deref(IntPtr(nil), -1), Deref((*string)(nil), "dflt"))
	n, last := Len4(Quad{1, 2, 3, 4})
	println(n, last)
	println(Scale(5), Scale(0.5))
	bs := Conv[[]byte]("hi")
	println(len(bs), Conv[string](bs), Conv[string]("s"))
	t := &Tree[string]{"m", &Tree[string]{"c", nil, nil}, &Tree[string]{"x", &Tree[string]{"p", nil, nil}, nil}}
	vals := InOrder(t)
	for _, v := range vals {
		print(v)
	}
	println()
	fb := Box[func(int) int]{func(i int) int { return i * 3 }}
	println(fb.v(4))
}
