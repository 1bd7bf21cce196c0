// Maps that do not escape keep their header in the frame (as gc keeps
// them on the stack); their tables stay on the heap, reachable only
// through that header while collections run.
package main

import "runtime"

var sink [][]int

func churn() {
	for i := 0; i < 200; i++ {
		sink = append(sink, make([]int, 16))
	}
	sink = nil
	runtime.GC()
}

func count(words []string) int {
	seen := map[string]int{}
	for i, w := range words {
		seen[w] += i + 1
		if i%3 == 0 {
			churn()
		}
	}
	total := 0
	for _, w := range words {
		total += seen[w]
	}
	return total*100 + len(seen)
}

func squares(n int) int {
	m := make(map[int]int, 4)
	for i := 0; i < n; i++ {
		m[i] = i * i
		if i%100 == 0 {
			churn()
		}
	}
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	return sum
}

func perRound() int {
	total := 0
	for round := 0; round < 5; round++ {
		m := map[int]string{1: "a", 2: "bb"}
		m[round+3] = "ccc"
		churn()
		for _, v := range m {
			total += len(v)
		}
	}
	return total
}

func main() {
	println(count([]string{"go", "map", "go", "frame", "map", "go", "heap"}))
	println(squares(1000))
	println(perRound())
}
