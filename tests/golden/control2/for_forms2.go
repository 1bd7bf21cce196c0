// for loop forms: condition only, infinite with break, multiple variables
// in init and post, empty clauses, post with function calls.
package main

func main() {
	n := 1
	for n < 1000 {
		n *= 3
	}
	println(n)
	i := 0
	for {
		i++
		if i == 7 {
			break
		}
	}
	println(i)
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		print(a, ",", b, " ")
	}
	println()
	k := 0
	for ; k < 3; {
		k++
	}
	println(k)
	calls := 0
	inc := func() { calls++ }
	for j := 0; j < 4; inc() {
		j++
	}
	println(calls)
	var s []int
	for x := 10; x > 0; x /= 2 {
		s = append(s, x)
	}
	println(len(s), s[len(s)-1])
	f := 1
	for f = 1; f < 100; f += f {
	}
	println(f)
}
