package main

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q Sq) Name() string   { return "square" }

type Labeled struct {
	Shape
	label string
}

func (l Labeled) Name() string { return l.label + ":" + l.Shape.Name() }

type Wrapper struct {
	*Labeled
}

func show(s Shape) {
	println(s.Name(), s.Area())
}

func main() {
	l := Labeled{Sq{3}, "big"}
	println(l.Area(), l.Name())
	show(l)
	show(&l)
	w := Wrapper{&l}
	show(w)
	f := l.Area
	l.Shape = Sq{4}
	println(f(), l.Area())
	g := Labeled.Area
	println(g(l))
	var anon struct{ Shape }
	anon.Shape = Sq{5}
	show(anon)
	var s Shape = anon
	if _, ok := s.(interface{ Area() int }); ok {
		println("has Area")
	}
	var empty Labeled
	println(empty.Area())
}
