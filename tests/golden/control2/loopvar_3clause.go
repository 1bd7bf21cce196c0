// Go 1.22 three-clause loops: each iteration has its own copy of the loop
// variable; the next iteration's copy starts from the previous one's value
// at the end of the body, before the post statement runs.
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println(len(gs))
	var incs []func()
	var gets []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 10 })
		gets = append(gets, func() int { return i })
	}
	incs[1]()
	println(gets[0](), gets[1](), gets[2]())
	var ps []*int
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		ps = append(ps, &j)
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
}
