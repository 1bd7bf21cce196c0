package main

func main() {
	t := true
	f := false
	println(t, f, !t, !f, !!t)
	println(t && f, t || f, t && t, f || f)
	println(t == f, t != f, t == true, f == false)
	var z bool
	println(z, !z)
	b := 3 < 4
	c := 3 > 4
	println(b, c, b && !c, b != c)
	x := 5
	in := x > 0 && x < 10
	out := x < 0 || x > 10
	println(in, out)
	flip := t
	for i := 0; i < 5; i++ {
		flip = !flip
		print(flip, " ")
	}
	println()
}
