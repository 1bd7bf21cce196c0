// Allocations in loops made by goto, and in labeled loops: an object that
// outlives an iteration must not share one frame slot with the next.
package main

func gotoLoop() int {
	var ptrs [3]*int
	i := 0
again:
	x := new(int)
	*x = i + 1
	ptrs[i] = x
	i++
	if i < 3 {
		goto again
	}
	return *ptrs[0] + *ptrs[1]*10 + *ptrs[2]*100
}

func labeledLoops() int {
	var ptrs [3]*int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			x := new(int)
			*x = i + 1
			ptrs[i] = x
		}
	}
	return *ptrs[0] + *ptrs[1]*10 + *ptrs[2]*100
}

func labeledBreak() int {
	grid := [][]int{{1, 2}, {3, 4}, {5, 6}}
	sum := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v == 5 {
				break rows
			}
			sum += v
		}
	}
	return sum
}

func main() {
	println(gotoLoop(), labeledLoops(), labeledBreak())
}
