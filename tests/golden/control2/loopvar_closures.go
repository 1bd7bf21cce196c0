// Since Go 1.22 every iteration of a for-range loop declares fresh
// iteration variables, so closures created in the loop capture distinct
// values.
package main

func main() {
	var fs []func() int
	for i := range 4 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() string
	for _, v := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return v + v })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
	var hs []func() (int, rune)
	for i, r := range "hé!" {
		hs = append(hs, func() (int, rune) { return i, r })
	}
	for _, h := range hs {
		i, r := h()
		print(i, ":", r, " ")
	}
	println()
	var incs []func() int
	for i := range 3 {
		incs = append(incs, func() int { i += 100; return i })
	}
	println(incs[0](), incs[0](), incs[1](), incs[2]())
}
