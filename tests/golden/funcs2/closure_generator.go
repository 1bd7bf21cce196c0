// Generators as closures over private state: Fibonacci, primes, a
// round-robin over a slice.
package main

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func primes() func() int {
	var found []int
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func cycle(items []string) func() string {
	i := -1
	return func() string {
		i = (i + 1) % len(items)
		return items[i]
	}
}

func main() {
	f := fib()
	for i := 0; i < 15; i++ {
		print(f(), " ")
	}
	println()
	p := primes()
	for i := 0; i < 15; i++ {
		print(p(), " ")
	}
	println()
	c := cycle([]string{"r", "g", "b"})
	for i := 0; i < 7; i++ {
		print(c())
	}
	println()
}
