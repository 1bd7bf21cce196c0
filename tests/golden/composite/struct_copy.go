// Struct values are copied on assignment, as arguments, as return values,
// and in range loops; pointers to them are not.
package main

type Counter struct {
	N    int
	Hist [3]int
}

func bump(c Counter) Counter {
	c.N++
	c.Hist[0] = c.N
	return c
}

func bumpPtr(c *Counter) {
	c.N++
	c.Hist[0] = c.N
}

func main() {
	var c Counter
	c2 := bump(c)
	println(c.N, c2.N, c.Hist[0], c2.Hist[0])
	bumpPtr(&c)
	bumpPtr(&c)
	println(c.N, c.Hist[0])
	list := []Counter{{N: 1}, {N: 2}}
	for _, x := range list {
		x.N *= 10
	}
	println(list[0].N, list[1].N)
	for i := range list {
		list[i].N *= 10
	}
	println(list[0].N, list[1].N)
	p := &list[0]
	cp := *p
	cp.N = -1
	println(list[0].N, p.N)
	*p = Counter{N: 77}
	println(list[0].N)
	arr := [2]Counter{}
	arr2 := arr
	arr2[1].Hist[2] = 5
	println(arr[1].Hist[2], arr2[1].Hist[2])
}
