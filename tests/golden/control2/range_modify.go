// The range value is a copy of the element: modifying it does not change
// the slice, modifying through the index does.
package main

type P struct{ X int }

func main() {
	ps := []P{{1}, {2}, {3}}
	for _, p := range ps {
		p.X *= 10
	}
	println(ps[0].X, ps[1].X, ps[2].X)
	for i := range ps {
		ps[i].X *= 10
	}
	println(ps[0].X, ps[1].X, ps[2].X)
	ptrs := []*P{{1}, {2}}
	for _, p := range ptrs {
		p.X += 100
	}
	println(ptrs[0].X, ptrs[1].X)
	nums := []int{1, 2, 3}
	for i, n := range nums {
		nums[i] = n * n
		n = 0
	}
	println(nums[0], nums[1], nums[2])
	m := map[string]int{"only": 1}
	for k, v := range m {
		m[k] = v + 41
	}
	println(m["only"])
}
