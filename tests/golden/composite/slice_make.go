// make([]T, len) and make([]T, len, cap): zeroed elements, reslicing up
// to the capacity.
package main

func main() {
	a := make([]int, 3)
	println(len(a), cap(a), a[0], a[2])
	b := make([]string, 2, 5)
	println(len(b), cap(b), b[1] == "")
	b = b[:5]
	b[4] = "end"
	println(len(b), b[4])
	c := make([]float64, 0, 4)
	println(len(c), cap(c))
	c = append(c, 1.5, 2.5)
	println(len(c), cap(c), c[1])
	n := 7
	d := make([]byte, n, n*2)
	println(len(d), cap(d))
	e := make([]int, 0)
	println(len(e), cap(e), e == nil)
	f := make([][]int, 3)
	for i := range f {
		f[i] = make([]int, i+1)
	}
	println(len(f[0]), len(f[2]), f[1] == nil)
	type T struct{ a, b int }
	g := make([]T, 2)
	g[1].b = 5
	println(g[0].a, g[1].b)
	var big = make([]int64, 100000)
	big[99999] = 1
	println(len(big), big[99999])
}
