// Ranging over an array value iterates over a copy: writes to the array
// during the loop are not seen.
package main

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[3] = 100
		}
		print(v, " ")
	}
	println(arr[3])
	sum := 0
	for i := range arr {
		sum += arr[i]
	}
	println(sum)
	var strs [3]string
	for i := range strs {
		strs[i] = string(rune('x' + i))
	}
	println(strs[0] + strs[1] + strs[2])
	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 0
	}
	println(grid[0][0], grid[1][0])
	n := 0
	for range arr {
		n++
	}
	println(n)
}
