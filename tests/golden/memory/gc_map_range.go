// A range over a map that nothing else references (a call's result, or a
// variable reassigned in the loop): the iterator alone keeps the map and
// its table alive while collections run in the loop.
package main

import "runtime"

var sink [][]int

func build(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * 3
	}
	return m
}

func churn() {
	sink = nil
	runtime.GC()
	for i := 0; i < 300; i++ {
		sink = append(sink, []int{-1, -1, -1, -1, -1, -1, -1, -1})
	}
}

func main() {
	sum, n := 0, 0
	for k, v := range build(500) {
		sum += v - 3*k
		n++
		if n%50 == 0 {
			churn()
		}
	}
	println(n, sum)

	m := build(300)
	n, sum = 0, 0
	for k, v := range m {
		m = nil
		sum += v - 3*k
		n++
		if n%40 == 0 {
			churn()
		}
	}
	println(n, sum, m == nil)
}
