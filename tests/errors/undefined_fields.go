package main

type point struct {
	x, y int
}

func (p point) sum() int { return p.x + p.y }

func main() {
	p := point{1, 2}
	println(p.z)      // ERROR "p.z undefined \(type point has no field or method z\)"
	pp := &p
	println(pp.w)     // ERROR "pp.w undefined \(type \*point has no field or method w\)"
	println(p.sum())
	println(p.prod()) // ERROR "p.prod undefined \(type point has no field or method prod\)"
	p.z = 3           // ERROR "p.z undefined \(type point has no field or method z\)"
	println(point.nothing) // ERROR "point.nothing undefined \(type point has no (field or )?method nothing\)"
	s := struct{ a int }{1}
	println(s.b)      // ERROR "s.b undefined \(type struct{a int} has no field or method b\)"
}
