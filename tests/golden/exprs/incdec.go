// ++ and -- are statements on variables, fields, elements and through
// pointers, at every width.
package main

type S struct{ n int8 }

func main() {
	var a int8 = 126
	a++
	a++
	println(a)
	var u uint8
	u--
	println(u)
	s := S{127}
	s.n++
	println(s.n)
	arr := [3]uint16{65535, 0, 5}
	arr[0]++
	arr[1]--
	arr[2]++
	println(arr[0], arr[1], arr[2])
	p := &arr[2]
	*p++
	println(arr[2])
	ps := &s
	ps.n--
	println(s.n)
	f := 0.5
	f++
	println(f)
	m := map[string]int{}
	m["k"]++
	m["k"]++
	println(m["k"])
	c := 1 + 1i
	c++
	println(c)
}
