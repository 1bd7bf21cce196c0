// Bounds checks apply to each index of a nested slice separately.
package main

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5}}
	for r := 0; r < len(grid); r++ {
		for c := 0; c < 3; c++ {
			println(r, c, grid[r][c])
		}
	}
}
