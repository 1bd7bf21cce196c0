package main

func main() {
	// continue skips odd numbers
	for i := 0; i < 10; i++ {
		if i%2 == 1 {
			continue
		}
		print(i, " ")
	}
	println()
	// break out of an infinite loop
	i := 0
	for {
		if i*i > 50 {
			break
		}
		i++
	}
	println("first i with i*i > 50:", i)
	// break only leaves the innermost loop
	for a := 0; a < 3; a++ {
		for b := 0; b < 10; b++ {
			if b > a {
				break
			}
			print(a, b, " ")
		}
	}
	println()
	// continue in the inner loop, break in the outer
	count := 0
	for a := 0; ; a++ {
		if a == 5 {
			break
		}
		for b := 0; b < 5; b++ {
			if (a+b)%3 == 0 {
				continue
			}
			count++
		}
	}
	println("count", count)
	// continue in a condition-only loop must still re-test the condition
	n := 0
	skipped := 0
	for n < 20 {
		n++
		if n%4 != 0 {
			skipped++
			continue
		}
		print(n, " ")
	}
	println("skipped", skipped)
	// continue in a three-clause loop runs the post statement
	runs := 0
	for j := 0; j < 6; j++ {
		runs++
		if j < 100 {
			continue
		}
		println("never")
	}
	println("runs", runs)
	// break inside if/else inside loop
	x := 27
	steps := 0
	for {
		if x == 1 {
			break
		} else if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	println("steps", steps)
}
