// Operators on type parameters: bit operations, shifts and ^ on unsigned
// type sets, + on ~string, unary minus, ++ through a pointer, and a
// constraint combining comparable with a method.
package main

type Unsigned interface{ ~uint8 | ~uint16 | ~uint32 | ~uint64 }

type Key interface {
	comparable
	String() string
}

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

func Bits[T Unsigned](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Not[T Unsigned](x T) T  { return ^x }
func Shl[T Unsigned](x T, n int) T { return x << n }
func Rot[T Unsigned](x T, k int, w int) T { return x<<k | x>>(w-k) }

func Concat[S ~string](a, b S) S { return a + "-" + b }
func ToBytes[S ~string](s S) []byte { return []byte(s) }

func Lookup[K Key](m map[K]int, k K) string {
	if v, ok := m[k]; ok {
		return k.String() + "=" + string(rune('0'+v))
	}
	return k.String() + " missing"
}

func Neg[T ~int8 | ~float32](x T) T { return -x }

func Inc[T ~int | ~float64](x *T) { *x++ }

func main() {
	println(Bits(uint8(255)), Bits(uint64(1<<63|1)), Not(uint8(5)), Not(uint16(0)))
	println(Shl(uint8(3), 7), Shl(uint32(1), 31), Shl(uint64(1), 64), Rot(uint8(0x81), 1, 8))
	println(Concat(Name("a"), "b"), len(ToBytes(Name("xyz"))))
	m := map[Name]int{"x": 3}
	println(Lookup(m, "x"), Lookup(m, "y"))
	println(Neg(int8(-128)), Neg(float32(2.5)))
	i, f := 4, 1.5
	Inc(&i)
	Inc(&f)
	println(i, f)
}
