package main

func main() {
	// three-clause loop
	for i := 0; i < 5; i++ {
		print(i, " ")
	}
	println()
	// counting down with a different post statement
	for i := 10; i > 0; i -= 3 {
		print(i, " ")
	}
	println()
	// condition-only loop
	n := 1
	for n < 1000 {
		n *= 2
	}
	println("n =", n)
	// infinite loop with break
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	println("k =", k)
	// empty clauses
	j := 0
	for ; j < 3; {
		j++
	}
	println("j =", j)
	m := 0
	for ; ; m++ {
		if m >= 4 {
			break
		}
	}
	println("m =", m)
	// loop whose body never runs
	for i := 5; i < 5; i++ {
		println("never")
	}
	// two variables in the init statement
	for a, b := 0, 10; a < b; a, b = a+1, b-1 {
		print(a, ",", b, " ")
	}
	println()
	// the loop variable is visible only inside the loop
	i := "outer"
	for i := 0; i < 2; i++ {
		print(i)
	}
	println(" ", i)
	// post statement with assignment
	sum := 0
	for x := 1; x <= 100; x = x + 1 {
		sum += x
	}
	println("sum =", sum)
}
