// Named float types with arithmetic and conversions.
package main

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

type Ratio float32

func main() {
	temps := []Celsius{-40, 0, 37, 100}
	for _, c := range temps {
		f := CToF(c)
		println(c, f, FToC(f))
	}
	var r Ratio = 1
	r /= 3
	println(r, float64(r) == 1.0/3.0)
	var c Celsius = 25.5
	println(int(c), c > 25, c+0.5 == 26)
	println(Celsius(int(c) * 2))
}
