package main

func main() {
	a := 1 // ERROR "a declared (and|but) not used|declared and not used: a$"
	func() { a = 2 }()
	b := 1
	b++
	c := []int{0}
	c[0] = 1
	var d struct{ f int }
	d.f = 1
	e := 0
	e += 1
	p := new(int)
	*p = 3
	f, g := 1, 2 // ERROR "g declared (and|but) not used|declared and not used: g$"
	_ = f
	g = 3
	var h [2]int
	h[0] = 1
	x := 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in (assignment|variable declaration) \(overflows\)"
	const z = 1 / 0 // ERROR "invalid operation: division by zero"
	for i := range c { // ERROR "i declared (and|but) not used|declared and not used: i$"
	}
	for j, v := range c { // ERROR "v declared (and|but) not used|declared and not used: v$"
		println(j)
	}
	println(x)
}
