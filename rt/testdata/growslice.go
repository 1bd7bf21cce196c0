//go:build ignore

// Prints the capacities Go 1.19 gives slices grown by append, for the
// tests in rt/src/slice/tests.rs: `go run growslice.go > growslice.txt`.
//
// For each element size: "one", the capacities a slice passes through when
// elements are appended one at a time up to 1<<17 elements, and "bulk",
// the capacity after each of 300 appends of a pseudo-random number of
// elements, as "appended:cap" pairs; the slice starts again from nil once
// it holds more than 1<<18 elements.
package main

import "fmt"

func one[T any](size int) {
	var s []T
	var zero T
	fmt.Printf("%d one", size)
	last := -1
	for i := 0; i < 1<<17; i++ {
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			fmt.Printf(" %d", last)
		}
	}
	fmt.Println()
}

func bulk[T any](size int) {
	var s []T
	more := make([]T, 1<<16)
	seed := uint32(size)
	fmt.Printf("%d bulk", size)
	for i := 0; i < 300; i++ {
		seed = seed*1664525 + 1013904223
		n := int(seed>>16) % 64
		switch seed >> 29 {
		case 0:
			n *= 97
		case 1:
			n = len(s) + n
		}
		if n > len(more) {
			n = len(more)
		}
		if len(s) > 1<<18 {
			s = nil
		}
		s = append(s, more[:n]...)
		fmt.Printf(" %d:%d", n, cap(s))
	}
	fmt.Println()
}

func sizes[T any](size int) {
	one[T](size)
	bulk[T](size)
}

func main() {
	sizes[byte](1)
	sizes[int16](2)
	sizes[int32](4)
	sizes[int64](8)
	sizes[[3]int32](12)
	sizes[[2]int64](16)
	sizes[[3]int64](24)
	sizes[[4]int64](32)
	sizes[[6]int64](48)
	sizes[[100]byte](100)
}
