// Types declared inside functions, including ones that shadow others.
package main

type T int

func outer() int {
	type T struct{ a, b int }
	t := T{1, 2}
	return t.a + t.b
}

func main() {
	var t T = 5
	println(t, outer())
	type Point struct{ X, Y int }
	pts := []Point{{1, 2}, {3, 4}}
	sum := 0
	for _, p := range pts {
		sum += p.X * p.Y
	}
	println(sum)
	{
		type T string
		var s T = "inner"
		println(s, len(s))
	}
	type Celsius float64
	type Temps []Celsius
	ts := Temps{20.5, -3}
	println(ts[0], ts[1], len(ts))
	for i := 0; i < 2; i++ {
		type Counter struct{ n int }
		c := Counter{i}
		c.n += 10
		println(c.n)
	}
	println(t + 1)
}
