// Method values and expressions on pointer receivers see later changes to
// the pointed-to value; methods can be passed where funcs are expected.
package main

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Total() int { return a.total }
func (a *Acc) Reset()    { a.total = 0 }

func each(ns []int, f func(int)) {
	for _, n := range ns {
		f(n)
	}
}

func main() {
	var a Acc
	each([]int{1, 2, 3, 4}, a.Add)
	println(a.Total())
	get := a.Total
	each([]int{10}, a.Add)
	println(get(), a.Total())
	reset := a.Reset
	reset()
	println(a.total)
	addTo := (*Acc).Add
	b := &Acc{5}
	addTo(b, 5)
	println(b.total)
	accs := []*Acc{{1}, {2}}
	var adds []func(int)
	for _, x := range accs {
		adds = append(adds, x.Add)
	}
	adds[0](100)
	adds[1](200)
	println(accs[0].total, accs[1].total)
}
