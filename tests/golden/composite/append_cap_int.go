// Capacities chosen by append when a []int grows one element at a time
// (Go rounds capacities up to allocator size classes).
package main

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			println(len(s), cap(s))
			last = cap(s)
		}
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	println(sum)
}
