// Arrays are values: assignment, passing to functions and returning copy
// the whole array.
package main

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) {
	a[1] = 200
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 9
	println(a[0], b[0])
	c := modify(a)
	println(a[0], c[0])
	modifyPtr(&a)
	println(a[1], b[1], c[1])
	var d [4]int
	d = a
	a[3] = 0
	println(d[3], a[3])
	type S struct{ arr [2]string }
	s1 := S{[2]string{"x", "y"}}
	s2 := s1
	s2.arr[0] = "changed"
	println(s1.arr[0], s2.arr[0])
	arrs := [2][2]int{{1, 2}, {3, 4}}
	row := arrs[1]
	row[0] = 30
	println(arrs[1][0], row[0])
	sum := 0
	for _, v := range a {
		sum += v
	}
	println(sum, len(a))
}
