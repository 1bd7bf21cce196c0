// Pointer identity: pointers to the same variable are equal; pointers to
// different elements, fields or (non-zero-size) variables are not.
package main

type T struct{ a, b int }

func main() {
	arr := [3]int{}
	p0 := &arr[0]
	p0b := &arr[0]
	p1 := &arr[1]
	println(p0 == p0b, p0 == p1)
	t := T{}
	pa := &t.a
	pb := &t.b
	println(pa == pb, pa == &t.a)
	s := arr[:]
	println(&s[0] == p0, &s[2] == &arr[2])
	var np *int
	println(np == nil, p0 != nil)
	x, y := new(T), new(T)
	println(x == y, *x == *y)
	ap := &arr
	bp := &arr
	println(ap == bp)
	copyArr := arr
	println(&copyArr == &arr, copyArr == arr)
}
