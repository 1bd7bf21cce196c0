// Dynamic dispatch over a slice of interface values of different
// concrete types, with a fallback for values that are not Stringers.
package main

type Stringer interface {
	String() string
}

type Celsius float64

func (c Celsius) String() string {
	if c < 0 {
		return "below zero"
	}
	return "above zero"
}

type Point struct {
	X, Y int
}

func (p Point) String() string { return "(" + digit(p.X) + "," + digit(p.Y) + ")" }

type List []Stringer

func (l List) String() string {
	s := "["
	for i, x := range l {
		if i > 0 {
			s += " "
		}
		s += x.String()
	}
	return s + "]"
}

type Counter struct {
	calls int
}

func (c *Counter) String() string {
	c.calls++
	return "counter#" + digit(c.calls)
}

func digit(n int) string {
	if n < 0 || n > 9 {
		return "?"
	}
	return string(rune('0' + n))
}

func describe(x any) string {
	if s, ok := x.(Stringer); ok {
		return s.String()
	}
	return "not a stringer"
}

func main() {
	c := &Counter{}
	items := []Stringer{Celsius(-3), Point{1, 2}, c, List{Point{3, 4}, Celsius(5), c}, c}
	for i, it := range items {
		println(i, it.String())
	}
	println(c.calls)
	others := []any{Point{7, 8}, 5, "s", Celsius(1), c, List{}}
	for _, o := range others {
		println(describe(o))
	}
}
