package b

import "layers/c"

var Second = c.Record("b.Second") + later

var later = c.Record("b.later")

func init() { c.Record("b.init") }

func Make() *c.Counter {
	k := &c.Counter{}
	return k.Add(5).Add(7)
}
