// Method sets: a value-receiver method is in the method set of both T and
// *T; a pointer-receiver method only in *T's. Calls through an interface
// holding a pointer see (and make) changes to the pointee.
package main

type Counter interface {
	Inc()
	Get() int
}

type Getter interface {
	Get() int
}

type C struct {
	n int
}

func (c *C) Inc()    { c.n++ }
func (c C) Get() int { return c.n }

type V int

func (v V) Get() int { return int(v) * 2 }

func bump(c Counter, times int) {
	for i := 0; i < times; i++ {
		c.Inc()
	}
}

func main() {
	c := &C{}
	bump(c, 3)
	println(c.n, c.Get())
	var g Getter = *c
	c.Inc()
	println(g.Get(), c.Get())
	g = c
	c.Inc()
	println(g.Get())
	var cnt Counter = c
	cnt.Inc()
	println(c.n, cnt.Get())
	g = V(21)
	println(g.Get())
	vp := V(5)
	g = &vp
	vp = 6
	println(g.Get())
	gs := []Getter{V(1), &C{7}, C{8}, &vp}
	total := 0
	for _, x := range gs {
		total += x.Get()
	}
	println(total)
}
