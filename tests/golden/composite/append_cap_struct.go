// Capacities chosen by append for slices of larger elements: 24-byte and
// 12-byte structs, strings, and 40-byte arrays.
package main

type T24 struct{ a, b, c int64 }
type T12 struct{ a, b, c int32 }

func main() {
	var s []T24
	last := -1
	for i := 0; i < 600; i++ {
		s = append(s, T24{a: int64(i)})
		if cap(s) != last {
			print(cap(s), " ")
			last = cap(s)
		}
	}
	println()
	var t []T12
	last = -1
	for i := 0; i < 600; i++ {
		t = append(t, T12{c: int32(i)})
		if cap(t) != last {
			print(cap(t), " ")
			last = cap(t)
		}
	}
	println()
	var strs []string
	last = -1
	for i := 0; i < 600; i++ {
		strs = append(strs, "x")
		if cap(strs) != last {
			print(cap(strs), " ")
			last = cap(strs)
		}
	}
	println()
	var arrs [][5]int64
	last = -1
	for i := 0; i < 300; i++ {
		arrs = append(arrs, [5]int64{})
		if cap(arrs) != last {
			print(cap(arrs), " ")
			last = cap(arrs)
		}
	}
	println()
	println(s[599].a, t[599].c, len(strs), len(arrs))
}
