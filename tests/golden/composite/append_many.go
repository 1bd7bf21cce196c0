// append with several values or a spread slice at once: the new capacity
// when the needed length exceeds double the old capacity.
package main

func main() {
	s := []int{1, 2, 3}
	t := []int{4, 5, 6, 7, 8}
	u := append(s, t...)
	println(len(u), cap(u))
	for _, v := range u {
		print(v, " ")
	}
	println()
	var e []int
	e = append(e, 1, 2, 3, 4, 5)
	println(len(e), cap(e))
	e = append(e, e...)
	println(len(e), cap(e))
	big := make([]int, 100)
	e = append(e, big...)
	println(len(e), cap(e))
	b := make([]byte, 0, 1)
	b = append(b, "hello world"...)
	println(len(b), cap(b), string(b))
	var n []string
	n = append(n, []string{}...)
	println(n == nil, len(n))
	n = append(n, nil...)
	println(n == nil)
	x := make([]int64, 5, 5)
	x = append(x, 1)
	println(len(x), cap(x))
	y := make([]int64, 1000)
	y = append(y, 1)
	println(len(y), cap(y))
}
