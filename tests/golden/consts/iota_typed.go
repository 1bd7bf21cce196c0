// A typed iota constant: the type repeats with the expression, and the
// constants behave as values of the named type.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) Weekend() bool { return d == Sunday || d == Saturday }

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

type Small uint8

const (
	S0 Small = iota * 100
	S1
	S2
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		println(d, d.Weekend(), d.Next())
	}
	println(S0, S1, S2)
	x := S2
	x += S1
	println("Small wraps", x)
	var w Weekday = Friday
	println(w.Next().Next().Weekend())
}
