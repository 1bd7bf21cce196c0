// A run-time index panic inside a generic function, after deferred calls in
// generic frames have run.
package main

type Ring[T any] struct {
	items []T
}

func (r *Ring[T]) At(i int) T {
	return r.items[i%len(r.items)]
}

func Last[T any](s []T, back int) T {
	defer println("deferred in Last")
	return s[len(s)-1-back]
}

func main() {
	r := &Ring[string]{items: []string{"a", "b", "c"}}
	println(r.At(4), r.At(9))
	nums := []int{10, 20, 30}
	println(Last(nums, 0), Last(nums, 2))
	println(Last(nums, 3))
	println("unreachable")
}
