// Methods on named non-struct types: float, int, string, slice.
package main

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) Hot() bool       { return c > 30 }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type Dist int

func (d Dist) Km() int  { return int(d) / 1000 }
func (d Dist) Rem() int { return int(d) % 1000 }

func main() {
	c := Celsius(100)
	println(c.ToF(), c.ToF().ToC(), c.Hot())
	var body Celsius = 37
	println(body.Hot())
	body.Warm(0.5)
	println(body, Celsius(-40).ToF())
	d := Dist(12345)
	println(d.Km(), d.Rem(), Dist(999).Km())
	temps := []Celsius{10, 35, 25}
	hot := 0
	for _, t := range temps {
		if t.Hot() {
			hot++
		}
	}
	println(hot)
}
