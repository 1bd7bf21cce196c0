// Multi-dimensional arrays: indexing, iteration, copying rows.
package main

func main() {
	var grid [4][5]int
	for i := 0; i < 4; i++ {
		for j := 0; j < 5; j++ {
			grid[i][j] = i*10 + j
		}
	}
	for _, row := range grid {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	var t [5][4]int
	for i, row := range grid {
		for j, v := range row {
			t[j][i] = v
		}
	}
	println(t[4][3], t[0][3], t[2][1])
	cube := [2][2][2]string{{{"a", "b"}, {"c", "d"}}, {{"e", "f"}, {"g", "h"}}}
	println(cube[1][0][1], cube[0][1][0], len(cube), len(cube[0][0]))
	r := grid[2]
	r[0] = -1
	println(grid[2][0], r[0])
	p := &grid[3]
	p[4] = 999
	println(grid[3][4])
	id := [3][3]int{{1}, {1: 1}, {2: 1}}
	for _, row := range id {
		println(row[0], row[1], row[2])
	}
}
