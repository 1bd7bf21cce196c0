// Taking the address of a Go 1.22 loop variable gives a distinct variable
// per iteration, in range loops and three-clause loops alike.
package main

type Item struct{ ID int }

func main() {
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] == ps[1])
	items := []Item{{1}, {2}, {3}}
	var refs []*Item
	for _, it := range items {
		refs = append(refs, &it)
	}
	refs[0].ID = 100
	println(refs[0].ID, refs[1].ID, refs[2].ID, items[0].ID)
	var qs []*int
	for i := 0; i < 3; i++ {
		qs = append(qs, &i)
	}
	println(*qs[0], *qs[1], *qs[2])
	*qs[0] = 50
	println(*qs[0], *qs[1])
}
