// Tuple assignment: index expressions and pointer indirections on the
// left are evaluated first, then the right-hand values, then the
// assignments happen left to right.
package main

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 2
	println(i, a[0], a[1], a[2])
	x, y := 1, 2
	x, y = y, x
	println(x, y)
	b := []int{1, 2, 3}
	b[0], b[1], b[2] = b[2], b[0], b[1]
	println(b[0], b[1], b[2])
	j := 1
	b[j], j = 10, 2
	println(b[0], b[1], b[2], j)
	p, q, r := 1, 2, 3
	p, q, r = q, r, p
	println(p, q, r)
	k := 0
	arr := [3]int{}
	arr[k], k, arr[k] = 5, 1, 7
	println(arr[0], arr[1], k)
	m, n := 10, 20
	m, n = m+n, m-n
	println(m, n)
	f, g := 0, 1
	for step := 0; step < 10; step++ {
		f, g = g, f+g
	}
	println(f, g)
}
