// Closures outlive the frames that created them; captured variables live
// on, even after deep recursion unwinds.
package main

func makeAdders(n int) []func(int) int {
	var out []func(int) int
	for i := 0; i < n; i++ {
		k := i * 10
		out = append(out, func(x int) int { return x + k })
	}
	return out
}

func deep(n int) func() int {
	if n == 0 {
		local := 1000
		return func() int {
			local++
			return local
		}
	}
	return deep(n - 1)
}

func accumulate() func(int) []int {
	var hist []int
	return func(v int) []int {
		hist = append(hist, v)
		return hist
	}
}

func main() {
	adders := makeAdders(4)
	for _, a := range adders {
		print(a(1), " ")
	}
	println()
	g := deep(100)
	println(g(), g(), g())
	acc := accumulate()
	acc(1)
	acc(2)
	h := acc(3)
	println(len(h), h[0], h[2])
	sink := 0
	for i := 0; i < 1000; i++ {
		sink += len(make([]int, 50))
	}
	println(g(), sink)
}
