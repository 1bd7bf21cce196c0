// A function with unnamed results that recovers from a panic returns zero
// values for them, and its caller simply continues after the call.
package main

type pair struct {
	a int
	b string
}

func ints() (int, int) {
	defer func() { recover() }()
	x := 5
	panic(x)
	return x, x
}

func mixed() (string, bool, pair) {
	defer func() { recover() }()
	p := pair{1, "one"}
	if p.a == 1 {
		panic("mixed")
	}
	return "s", true, p
}

func refs() ([]int, *pair) {
	defer func() { recover() }()
	p := pair{2, "two"}
	s := []int{1, 2}
	_ = s[p.a]
	return s, &p
}

func fl() float64 {
	defer func() { recover() }()
	var f float64 = 2.5
	if f > 0 {
		panic(f)
	}
	return f
}

func main() {
	a, b := ints()
	println("ints:", a, b)
	s, ok, p := mixed()
	println("mixed:", s == "", ok, p.a, p.b == "")
	sl, pp := refs()
	println("refs:", sl == nil, len(sl), pp == nil)
	println("float:", fl())
	println("main continues")
}
