// Method values that do not escape keep their closure and the copy of
// the receiver in the frame; those that escape are on the heap. The
// receiver copy is taken when the method value is made.
package main

import "runtime"

type acc struct {
	name  string
	total int
	hist  []int
}

func (a *acc) Add(n int) { a.total += n; a.hist = append(a.hist, n) }

func (a acc) Report() string { return a.name + ":" + string(rune('0'+a.total%10)) }

type reporter interface{ Report() string }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
		runtime.GC()
	}
}

func keep(r reporter) func() string { return r.Report }

func main() {
	a := &acc{name: "a"}
	each([]int{1, 2, 3, 4}, a.Add)
	println(a.total, len(a.hist))

	v := acc{name: "v", total: 5}
	report := v.Report // copies v now
	v.total = 9
	runtime.GC()
	println(report(), v.Report())

	var r reporter = acc{name: "i", total: 3}
	f := r.Report
	runtime.GC()
	println(f())

	var fs []func() string
	for i := 0; i < 3; i++ {
		fs = append(fs, keep(acc{name: "k", total: i}))
	}
	runtime.GC()
	for _, g := range fs {
		println(g())
	}
}
