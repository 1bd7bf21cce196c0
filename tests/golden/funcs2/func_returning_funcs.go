// Currying and partial application with nested function literals.
package main

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	println(add5(1), add5(10), add(1)(2))
	pow := curry(func(a, b int) int {
		r := 1
		for i := 0; i < b; i++ {
			r *= a
		}
		return r
	})
	println(pow(2)(10), pow(3)(4))
	slow := func(n int) int { return n * n * n }
	fast, misses := memoize(slow)
	for _, n := range []int{2, 3, 2, 2, 3, 4} {
		print(fast(n), " ")
	}
	println(*misses)
	println(func(x int) int { return x * 2 }(21))
}
