package main

func main() {
	var a int
	var b bool
	var c string
	println("zero values:", a, b, c, "|")

	var d = 10
	var e int = -20
	var f, g int
	var h, i = 1, true
	var j, k string = "jay", "kay"
	println(d, e, f, g, h, i, j, k)

	var (
		m int
		n     = 7
		o int = 8
		p, q  = "p", false
	)
	println(m, n, o, p, q)

	r := 99
	s, t := "s", 3
	r, u := 100, 4 // redeclares r, declares u
	println(r, s, t, u)

	a = 5
	b = !b
	c = "changed"
	println(a, b, c)
	a, d = d, a
	println(a, d)
	d, e, f = e, f, d
	println(d, e, f)
}
