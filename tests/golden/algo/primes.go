// Primes by trial division.
package main

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	for n := 0; n < 200; n++ {
		if isPrime(n) {
			print(n, " ")
			count++
		}
	}
	println()
	println("primes below 200:", count)
	count = 0
	last := 0
	for n := 0; n < 100000; n++ {
		if isPrime(n) {
			count++
			last = n
		}
	}
	println("primes below 100000:", count, "largest:", last)
	println(isPrime(2147483647), isPrime(1000000007), isPrime(1000000008))
	// twin primes below 1000
	twins := 0
	for p := 3; p+2 < 1000; p += 2 {
		if isPrime(p) && isPrime(p+2) {
			twins++
		}
	}
	println("twin prime pairs below 1000:", twins)
	// prime factorisation
	n := 600851475143
	print(n, " =")
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			print(" ", d)
			n /= d
		}
	}
	if n > 1 {
		print(" ", n)
	}
	println()
}
