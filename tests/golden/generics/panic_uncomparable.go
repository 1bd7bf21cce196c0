// comparable is satisfied by interface types, so == on a type parameter
// instantiated with any can panic at run time on uncomparable dynamic values.
package main

func Find[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Unique[T comparable](xs []T) int {
	seen := map[T]bool{}
	for _, x := range xs {
		seen[x] = true
	}
	return len(seen)
}

func main() {
	vals := []any{1, "two", 3.0, [2]int{4, 5}}
	println(Find(vals, any("two")), Find(vals, any([2]int{4, 5})), Find(vals, any(3)))
	println(Unique([]any{1, 1, "1", 1.0, int8(1)}))
	defer println("deferred before crash")
	mixed := []any{1, []int{2}}
	println(Find(mixed, any(1)))
	println(Find(mixed, any(2)))
	println(Find(mixed, any([]int{2})))
	println("unreachable")
}
