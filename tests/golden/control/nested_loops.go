package main

func main() {
	// multiplication table
	for i := 1; i <= 9; i++ {
		for j := 1; j <= i; j++ {
			print(j, "x", i, "=", i*j)
			if j < i {
				print(" ")
			}
		}
		println()
	}
	// triangle of stars
	for row := 0; row < 5; row++ {
		for s := 0; s < 4-row; s++ {
			print(" ")
		}
		for s := 0; s < 2*row+1; s++ {
			print("*")
		}
		println()
	}
	// Pythagorean triples with c <= 30
	found := 0
	for a := 1; a <= 30; a++ {
		for b := a; b <= 30; b++ {
			for c := b; c <= 30; c++ {
				if a*a+b*b == c*c {
					println(a, b, c)
					found++
				}
			}
		}
	}
	println("triples:", found)
	// three nested loops counting iterations
	total := 0
	for i := 0; i < 10; i++ {
		for j := i; j < 10; j++ {
			for k := j; k < 10; k++ {
				total++
			}
		}
	}
	println("total", total)
}
