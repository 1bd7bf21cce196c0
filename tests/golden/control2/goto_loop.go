// goto can build loops and jump out of nested blocks.
package main

func main() {
	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()
	sum := 0
	n := 1
again:
	sum += n
	n++
	if n <= 100 {
		goto again
	}
	println("sum", sum)
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a*b == 2 {
				println("found", a, b)
				goto out
			}
		}
	}
out:
	println("after nested loops")
}
