// quicksort: sorts slices of pseudo-random integers (a 64-bit LCG) with a
// recursive median-of-three quicksort that finishes with insertion sort, then
// checks the order and prints a position-weighted checksum. Recursive calls,
// slicing and bounds-checked integer loads and stores.
package main

const (
	n      = 1000000
	rounds = 24
)

type rng struct {
	state uint64
}

func (r *rng) next() uint64 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return r.state >> 11
}

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i
		for ; j > 0 && a[j-1] > v; j-- {
			a[j] = a[j-1]
		}
		a[j] = v
	}
}

func quicksort(a []int) {
	for len(a) > 16 {
		m := len(a) / 2
		last := len(a) - 1
		if a[m] < a[0] {
			a[m], a[0] = a[0], a[m]
		}
		if a[last] < a[0] {
			a[last], a[0] = a[0], a[last]
		}
		if a[last] < a[m] {
			a[last], a[m] = a[m], a[last]
		}
		pivot := a[m]
		i, j := 0, last
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		// Recurse into the smaller part, loop on the larger one.
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	insertionSort(a)
}

func main() {
	r := &rng{state: 42}
	a := make([]int, n)
	var sum uint64
	for round := 0; round < rounds; round++ {
		for i := range a {
			a[i] = int(r.next() % 1000000000)
		}
		quicksort(a)
		for i := 1; i < len(a); i++ {
			if a[i-1] > a[i] {
				println("not sorted at", i)
				return
			}
		}
		for i, v := range a {
			sum += uint64(i+1) * uint64(v)
		}
	}
	println(a[0], a[n/2], a[n-1], sum)
}
