// A closure can call itself through a variable declared before it is
// assigned.
package main

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10), fact(20))
	var fib func(int) int
	memo := map[int]int{}
	calls := 0
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	println(fib(80), calls)
	var walk func(n, depth int) int
	walk = func(n, depth int) int {
		if n == 1 {
			return depth
		}
		if n%2 == 0 {
			return walk(n/2, depth+1)
		}
		return walk(3*n+1, depth+1)
	}
	println(walk(27, 0))
	var hanoi func(n int, from, to, via string) int
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		return hanoi(n-1, from, via, to) + 1 + hanoi(n-1, via, to, from)
	}
	println(hanoi(12, "a", "c", "b"))
}
