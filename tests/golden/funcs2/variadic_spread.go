// Passing s... hands the slice itself to the variadic parameter: the
// callee sees (and can modify) the caller's elements.
package main

func double(nums ...int) {
	for i := range nums {
		nums[i] *= 2
	}
}

func first(nums ...int) int {
	if len(nums) == 0 {
		return -1
	}
	return nums[0]
}

func appendOne(nums ...int) []int {
	return append(nums, 99)
}

func main() {
	s := []int{1, 2, 3}
	double(s...)
	println(s[0], s[1], s[2])
	double(1, 2, 3)
	println(first(s...), first(s[2:]...), first(s[:0]...), first(nil...))
	var empty []int
	println(first(empty...))
	big := make([]int, 3, 10)
	r := appendOne(big...)
	println(len(r), len(big), big[:4][3])
	double(s[1:]...)
	println(s[0], s[1], s[2])
}
