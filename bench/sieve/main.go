// sieve: the sieve of Eratosthenes up to limit, repeated rounds times on the
// same []bool, then a sum over the primes. Memory-bound integer loops, bounds
// checks, slices of bool.
package main

const (
	limit  = 20000000
	rounds = 20
)

func sieve(composite []bool) int {
	for i := range composite {
		composite[i] = false
	}
	count := 0
	for i := 2; i < len(composite); i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j < len(composite); j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	composite := make([]bool, limit)
	count := 0
	for r := 0; r < rounds; r++ {
		count += sieve(composite)
	}
	var sum uint64
	for i := 2; i < len(composite); i++ {
		if !composite[i] {
			sum += uint64(i)
		}
	}
	println(count/rounds, sum)
}
