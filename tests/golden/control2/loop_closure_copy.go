// Closures created in a loop with an explicit per-iteration copy capture
// distinct variables (this behaves the same before and after Go 1.22).
package main

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	shared := 0
	var gs []func() int
	for j := 0; j < 3; j++ {
		shared = j
		gs = append(gs, func() int { return shared })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
	var ptrs []*int
	for k := 0; k < 3; k++ {
		v := k * 100
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		print(*p, " ")
	}
	println()
}
