// Package num has constraints and generic arithmetic.
package num

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

type Ordered interface{ Number | ~string }

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[S ~[]E, E Number](s S) E {
	var total E
	for _, x := range s {
		total += x
	}
	return total
}

// Abs is never instantiated by the program.
func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}
