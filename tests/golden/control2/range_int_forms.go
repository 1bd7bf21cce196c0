// More range-over-int forms: nested, with break and continue, over len(s),
// over a typed constant, and assigning to an existing variable.
package main

type Small int8

const Three Small = 3

func main() {
	for i := range 3 {
		for j := range i + 1 {
			print(i, j, " ")
		}
	}
	println()
	s := []string{"a", "b", "c", "d"}
	for i := range len(s) {
		if i == 1 {
			continue
		}
		if i == 3 {
			break
		}
		print(s[i])
	}
	println()
	for i := range Three {
		var x Small = i * 50
		print(x, " ")
	}
	println()
	var last int
	for last = range 6 {
	}
	println("last", last)
	total := 0
Outer:
	for i := range 10 {
		for j := range 10 {
			if j > i {
				continue Outer
			}
			if i == 5 {
				break Outer
			}
			total += j
		}
	}
	println("total", total)
}
