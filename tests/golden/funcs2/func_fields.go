// Struct fields of function type, called through the field, and tables
// of handlers.
package main

type Button struct {
	Label   string
	OnClick func(string) string
}

type Calc struct {
	ops map[string]func(a, b int) int
}

func main() {
	clicks := 0
	b := Button{"ok", func(l string) string {
		clicks++
		return "clicked " + l
	}}
	println(b.OnClick(b.Label), b.OnClick("again"), clicks)
	var empty Button
	println(empty.OnClick == nil)
	c := Calc{ops: map[string]func(a, b int) int{
		"+": func(a, b int) int { return a + b },
		"%": func(a, b int) int { return a % b },
	}}
	println(c.ops["+"](2, 3), c.ops["%"](17, 5))
	steps := []struct {
		name string
		f    func(int) int
	}{
		{"inc", func(x int) int { return x + 1 }},
		{"sq", func(x int) int { return x * x }},
		{"neg", func(x int) int { return -x }},
	}
	v := 3
	for _, s := range steps {
		v = s.f(v)
		println(s.name, v)
	}
}
