// Methods promoted through embedding: from value and pointer embeddings,
// multiple levels deep, and shadowed by the outer type.
package main

type Engine struct{ hp int }

func (e Engine) Power() int  { return e.hp }
func (e *Engine) Tune(d int) { e.hp += d }

type Wheels struct{ n int }

func (w Wheels) Count() int { return w.n }

type Car struct {
	Engine
	Wheels
	name string
}

type Truck struct {
	Car
	load int
}

func (t Truck) Power() int { return t.Car.Power() - t.load/10 }

func main() {
	c := Car{Engine{100}, Wheels{4}, "car"}
	c.Tune(20)
	println(c.Power(), c.Count(), c.hp)
	t := Truck{Car{Engine{300}, Wheels{6}, "truck"}, 500}
	t.Tune(50)
	println(t.Power(), t.Car.Power(), t.Engine.Power(), t.Count())
	pt := &t
	pt.Tune(-100)
	println(pt.Power(), t.hp)
	power := t.Car.Engine.Power
	t.Tune(1000)
	println(power(), t.Power())
	f := Car.Count
	println(f(c))
}
