// Value receivers get a copy; pointer receivers modify the original.
package main

type Counter struct {
	n    int
	name string
}

func (c Counter) Get() int       { return c.n }
func (c Counter) IncCopy() int   { c.n++; return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Name() string   { return c.name }

func main() {
	c := Counter{name: "c"}
	println(c.IncCopy(), c.IncCopy(), c.Get())
	c.Inc()
	c.Inc()
	println(c.Get())
	println(c.Add(10), c.n)
	p := &c
	p.Inc()
	println(p.Get(), c.n, p.Name())
	arr := []Counter{{name: "a"}, {name: "b"}}
	arr[1].Inc()
	arr[1].Add(5)
	println(arr[0].Get(), arr[1].Get())
	for _, x := range arr {
		x.Inc()
	}
	println(arr[1].Get())
	m := map[string]*Counter{"k": {name: "mapped"}}
	m["k"].Inc()
	println(m["k"].Get(), m["k"].Name())
}
