// Package coll has generic containers; their methods are in another file.
package coll

import "generic_pkgs/num"

type List[T any] struct {
	items []T
}

func Of[T any](xs ...T) *List[T] {
	return &List[T]{items: xs}
}

// Largest is only used through instances made by other packages.
func Largest[T num.Ordered](l *List[T]) T {
	var best T
	for i, x := range l.items {
		if i == 0 {
			best = x
		}
		best = num.Max(best, x)
	}
	return best
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}
