// Generic helpers over slices: Map, Filter, Reduce, Index, Contains, Reverse
// and an insertion sort, instantiated with several element types.
package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~string
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Contains[T comparable](s []T, x T) bool {
	return Index(s, x) >= 0
}

func Reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func InsertionSort[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		x := s[i]
		j := i
		for j > 0 && s[j-1] > x {
			s[j] = s[j-1]
			j--
		}
		s[j] = x
	}
}

func printInts(label string, s []int) {
	print(label, ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func printStrings(label string, s []string) {
	print(label, ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func main() {
	nums := []int{5, 3, 8, 1, 9, 2, 7}
	squares := Map(nums, func(x int) int { return x * x })
	printInts("squares", squares)
	evens := Filter(nums, func(x int) bool { return x%2 == 0 })
	printInts("evens", evens)
	sum := Reduce(nums, 0, func(a, x int) int { return a + x })
	println("sum", sum)
	lens := Reduce([]string{"go", "rust", "c"}, 0, func(a int, s string) int { return a + len(s) })
	println("total length", lens)
	println("index of 9:", Index(nums, 9), "index of 4:", Index(nums, 4))
	words := []string{"pear", "apple", "fig", "banana"}
	println("contains fig:", Contains(words, "fig"), "contains kiwi:", Contains(words, "kiwi"))
	labels := Map(nums, func(x int) string {
		if x > 4 {
			return "big"
		}
		return "small"
	})
	printStrings("labels", labels)
	InsertionSort(nums)
	printInts("sorted", nums)
	Reverse(nums)
	printInts("reversed", nums)
	InsertionSort(words)
	printStrings("sorted words", words)
	fs := []float64{2.5, -1.25, 3.75, 0}
	InsertionSort(fs)
	for _, f := range fs {
		print(f, " ")
	}
	println()
	halves := Map(fs, func(f float64) float64 { return f / 2 })
	println(halves[0], halves[3], len(halves), cap(halves))
	empty := Filter([]int{1, 3}, func(x int) bool { return x > 10 })
	println(empty == nil, len(empty))
}
