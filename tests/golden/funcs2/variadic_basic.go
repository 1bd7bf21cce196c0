// Variadic functions receive their extra arguments as a slice; with no
// extra arguments the slice is nil.
package main

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(nums ...int) {
	println(len(nums), cap(nums) >= len(nums), nums == nil)
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3), sum(-1, -2, 10, 20))
	info()
	info(1, 2)
	println(join(", ", "a", "b", "c"))
	println(join("-") == "", join("-", "solo"))
	f := sum
	println(f(4, 5, 6))
}
