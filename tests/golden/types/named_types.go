// A named integer type keeps its underlying arithmetic and needs explicit
// conversions to mix with other types.
package main

type Meters int
type Feet int
type Small int8

func toFeet(m Meters) Feet { return Feet(m * 3281 / 1000) }

func main() {
	var m Meters = 100
	f := toFeet(m)
	println(m, f)
	m += 50
	println(m, int(m)+int(f))
	var s Small = 100
	s += 100
	println("Small wraps", s)
	total := Meters(0)
	for i := 1; i <= 4; i++ {
		total += Meters(i * i)
	}
	println("total", total, total > 20)
	var x int = int(total) * 2
	println(x)
	type Local uint16
	var l Local = 65535
	l++
	println("Local wraps", l)
	println(Feet(m)/3, Meters(-7)%3)
}
