// A pointer to a slice element points into the current backing array:
// after append reallocates, writes through it no longer reach the slice.
package main

func main() {
	s := make([]int, 3, 3)
	p := &s[1]
	*p = 10
	println(s[1])
	s = append(s, 4)
	*p = 20
	println(s[1], *p)
	t := make([]int, 2, 10)
	q := &t[0]
	t = append(t, 3)
	*q = 99
	println(t[0])
	arr := [3]string{"a", "b", "c"}
	sl := arr[:]
	r := &sl[2]
	*r = "C"
	println(arr[2])
	type S struct{ v int }
	ss := []S{{1}, {2}}
	sp := &ss[0]
	sp.v = 100
	println(ss[0].v)
	ptrs := []*int{}
	vals := []int{1, 2, 3}
	for i := range vals {
		ptrs = append(ptrs, &vals[i])
	}
	for _, p := range ptrs {
		*p *= 7
	}
	println(vals[0], vals[1], vals[2])
}
