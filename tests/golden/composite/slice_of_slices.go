// Slices of slices: jagged rows, shared rows, appending to rows.
package main

func main() {
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	shared := []int{1, 2, 3}
	grid := [][]int{shared, shared}
	grid[0][1] = 99
	println(grid[1][1], shared[1])
	grid[1] = append(grid[1], 4)
	grid[1][0] = -1
	println(grid[0][0], grid[1][0], len(grid[0]), len(grid[1]))
	var m [][]string
	for i := 0; i < 3; i++ {
		var row []string
		for j := 0; j <= i; j++ {
			row = append(row, string(rune('a'+i+j)))
		}
		m = append(m, row)
	}
	println(len(m), m[2][2], m[1][0])
	flat := []int{}
	for _, r := range tri[3:5] {
		flat = append(flat, r...)
	}
	println(len(flat), flat[4], flat[8])
}
