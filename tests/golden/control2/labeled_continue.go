// Labeled continue skips to the next iteration of the named loop.
package main

func main() {
	// primes below 50 by trial division, continuing the outer loop
Next:
	for n := 2; n < 50; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue Next
			}
		}
		print(n, " ")
	}
	println()
	pairs := 0
Rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue Rows
			}
			if (i+j)%2 == 1 {
				continue
			}
			pairs++
		}
	}
	println("pairs", pairs)
	words := []string{"apple", "sky", "tree", "rhythm", "go"}
Words:
	for _, w := range words {
		for _, c := range w {
			switch c {
			case 'a', 'e', 'i', 'o', 'u':
				continue Words
			}
		}
		println("no vowel:", w)
	}
}
