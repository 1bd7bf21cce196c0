package main

type point struct {
	x, y int
}

type named struct {
	name string
	age  int
}

func main() {
	a := point{z: 1}          // ERROR "unknown field '?z'? in struct literal of type point"
	b := point{1}             // ERROR "too few values in (point{…}|struct literal of type point)"
	c := point{1, 2, 3}       // ERROR "too many values in (point{…}|struct literal of type point)"
	d := point{x: 1, 2}       // ERROR "mixture of field:value and value elements in struct literal"
	e := point{x: 1, x: 2}    // ERROR "duplicate field name x in struct literal"
	f := named{"bob", "old"}  // ERROR "cannot use \"old\" \(untyped string constant\) as int value in struct literal"
	g := named{age: "ten"}    // ERROR "cannot use \"ten\" \(untyped string constant\) as int value in struct literal"
	h := named{name: 5}       // ERROR "cannot use 5 \(untyped int constant\) as string value in struct literal"
	i := point{1, "two"}      // ERROR "cannot use \"two\" \(untyped string constant\) as int value in struct literal"
	j := point{y: 2}
	println(a.x, b.x, c.x, d.x, e.x, f.age, g.age, h.age, i.x, j.x)
}
