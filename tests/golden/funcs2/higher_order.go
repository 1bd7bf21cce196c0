// Higher-order functions: map, filter, reduce, compose written by hand.
package main

func mapInts(s []int, f func(int) int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func filter(s []int, keep func(int) bool) []int {
	var out []int
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reduce(s []int, init int, f func(int, int) int) int {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(nums, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	total := reduce(ev, 0, func(a, b int) int { return a + b })
	println(len(sq), len(ev), total)
	maxv := reduce(nums, nums[0], func(a, b int) int {
		if b > a {
			return b
		}
		return a
	})
	println(maxv)
	f := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	println(f(3), compose()(42))
	adder := func(n int) func(int) int { return func(x int) int { return x + n } }
	println(mapInts([]int{1, 2}, adder(100))[1])
}
