// Methods returning their receiver allow chaining; value-receiver chains
// work on copies.
package main

type Builder struct {
	parts []string
	n     int
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	b.n += len(s)
	return b
}

func (b *Builder) String() string {
	out := ""
	for _, p := range b.parts {
		out += p
	}
	return out
}

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k int) Vec { return Vec{v.X * k, v.Y * k} }

func main() {
	var b Builder
	b.Add("a").Add("bc").Add("def")
	println(b.String(), b.n, len(b.parts))
	s := (&Builder{}).Add("x").Add("y").String()
	println(s)
	v := Vec{1, 2}
	w := v.Add(Vec{3, 4}).Scale(2).Add(v)
	println(v.X, v.Y, w.X, w.Y)
}
