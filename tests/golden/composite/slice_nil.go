// nil slices have length and capacity 0, can be ranged over, appended to
// and resliced; an empty non-nil slice is different from nil.
package main

func count(s []int) int { return len(s) }

func main() {
	var s []int
	println(s == nil, len(s), cap(s), count(s), count(nil))
	for range s {
		println("never")
	}
	s2 := s[:]
	s3 := s[0:0]
	println(s2 == nil, s3 == nil)
	s = append(s, 1)
	println(s == nil, len(s), s[0])
	e := []int{}
	println(e == nil, len(e))
	m := make([]int, 0)
	println(m == nil)
	var ss [][]string
	ss = append(ss, nil)
	println(len(ss), ss[0] == nil)
	var bs []byte
	str := string(bs)
	println(str == "", len(str))
	var t []int
	t = append(t, s...)
	println(len(t), t[0])
	z := s[:0]
	println(z == nil, len(z), cap(z))
	var x []int
	x = append(x[:0], x...)
	println(x == nil)
}
