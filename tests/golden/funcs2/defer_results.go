package main

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Show(s string) { println(s, c.n) }

type Shower interface{ Show(s string) }

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

type Big struct{ a, b, c, d int }

func big() (out Big) {
	defer func() { out.d = 4 }()
	return Big{1, 2, 3, 0}
}

func bigUnnamed() Big {
	b := Big{1, 1, 1, 1}
	defer func() { b.a = 9 }()
	return b
}

func order() {
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
	c := &Counter{}
	defer c.Show("value receiver saw")
	c.Inc()
	defer c.Inc()
	var s Shower = Counter{7}
	defer s.Show("interface")
	s = Counter{8}
	f := func(a, b int) { println("args", a, b) }
	a := 1
	defer f(a, a+1)
	a = 10
	defer print("print ", a, "\n")
}

func main() {
	println(double(), unnamed())
	println(big().d, bigUnnamed().a)
	order()
	defer println("main done")
	println("end of main")
}
