// Labeled break exits the named enclosing loop from any depth.
package main

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
	var fi, fj int
Search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				found, fi, fj = true, i, j
				break Search
			}
			println("checked", i, j)
		}
	}
	println(found, fi, fj)
	count := 0
Outer:
	for a := 0; a < 10; a++ {
		for b := 0; b < 10; b++ {
			for c := 0; c < 10; c++ {
				count++
				if a*100+b*10+c == 123 {
					break Outer
				}
			}
		}
	}
	println("count", count)
	n := 0
Mid:
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if y == 2 {
				break
			}
			for {
				n++
				if n%2 == 0 {
					break
				}
				if n > 7 {
					break Mid
				}
			}
		}
	}
	println("n", n)
}
