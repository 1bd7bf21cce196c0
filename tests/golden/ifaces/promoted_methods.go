// Methods promoted from embedded structs (by value and by pointer)
// satisfy interfaces; an outer method shadows the promoted one; method
// values bind their receiver when they are evaluated.
package main

type Namer interface {
	Name() string
}

type Resetter interface {
	Reset()
}

type Base struct {
	id string
	n  int
}

func (b Base) Name() string { return "base:" + b.id }
func (b *Base) Reset()      { b.n = 0 }
func (b *Base) Add(k int)   { b.n += k }

type Mid struct {
	Base
}

type Top struct {
	Mid
	extra int
}

func (t Top) Name() string { return "top:" + t.id }

type PtrEmbed struct {
	*Base
}

func main() {
	m := Mid{Base{"m", 3}}
	var n Namer = m
	println(n.Name())
	var r Resetter = &m
	r.Reset()
	println(m.n)

	t := &Top{Mid{Base{"t", 5}}, 1}
	n = t
	println(n.Name(), t.Mid.Name(), t.Base.Name())
	r = t
	t.Add(4)
	println(t.n)
	r.Reset()
	println(t.n)

	pe := PtrEmbed{&Base{"p", 2}}
	r = pe
	n = pe
	pe.Add(8)
	println(pe.n, n.Name())
	r.Reset()
	println(pe.Base.n)

	b := Base{"v", 1}
	nameFn := b.Name
	addFn := b.Add
	b.id = "changed"
	addFn(10)
	println(nameFn(), b.Name(), b.n)
	pe.id = "pp"
	println(n.Name())
	fns := []func() string{m.Name, t.Name, pe.Name}
	t.id = "t2"
	for _, f := range fns {
		println(f())
	}
	expr := Base.Name
	pexpr := (*Base).Add
	bb := &Base{id: "expr"}
	pexpr(bb, 6)
	println(expr(*bb), bb.n)
	topExpr := Top.Name
	println(topExpr(Top{Mid{Base{id: "it"}}, 0}))
}
