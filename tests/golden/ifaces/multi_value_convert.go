package main

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func find(k int) (int, *E) {
	if k < 0 {
		return 0, &E{"negative"}
	}
	return k * 2, nil
}

func pair() (int, string) { return 7, "seven" }

type Num int

func main() {
	var err error
	var v int
	v, err = find(3)
	println(v, err == nil)
	v, err = find(-1)
	println(v, err != nil, err.Error())
	var x any = true
	var a, b any = x.(bool)
	println(a == true, b == true)
	m := map[string]int{"k": 1}
	var c, d any = m["k"]
	println(c == 1, d == true)
	var p, q any = pair()
	println(p == 7, q == "seven")
	for i := 0; i < 3; i++ {
		var r, s any = pair()
		_, _ = r, s
	}
	var ok bool
	var n any
	n, ok = m["z"]
	println(n == 0, ok)
	println(ga == 3.5, gb == true, gc == "one", gd == true)
}

var gx any = 3.5
var ga, gb any = gx.(float64)
var gm = map[int]string{1: "one"}
var gc, gd any = gm[1]
