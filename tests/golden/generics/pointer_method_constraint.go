// The pointer-method constraint pattern: F[T any, PT interface{ *T; M() }]
// lets generic code create values of T and call pointer-receiver methods.
package main

type Setter[T any] interface {
	*T
	Set(int)
	Get() int
}

type Counter struct {
	n int
}

func (c *Counter) Set(v int) { c.n = v }
func (c *Counter) Get() int  { return c.n }

type Doubler struct {
	label string
	v     int
}

func (d *Doubler) Set(v int) { d.v = v * 2; d.label = "doubled" }
func (d *Doubler) Get() int  { return d.v }

// MakeAll builds values of T from ints, using *T's Set method.
func MakeAll[T any, PT Setter[T]](vals []int) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		PT(&out[i]).Set(v)
	}
	return out
}

func Total[T any, PT Setter[T]](items []T) int {
	t := 0
	for i := range items {
		p := PT(&items[i])
		t += p.Get()
	}
	return t
}

// New returns a pointer to a freshly initialised T.
func New[T any, PT interface {
	*T
	Set(int)
}](v int) *T {
	var x T
	PT(&x).Set(v)
	return &x
}

type Resetter interface {
	Reset()
}

type Buffer struct {
	data []int
}

func (b *Buffer) Reset() { b.data = b.data[:0] }

func ResetAll[T Resetter](xs ...T) {
	for _, x := range xs {
		x.Reset()
	}
}

func main() {
	cs := MakeAll[Counter]([]int{1, 2, 3, 4})
	println(len(cs), cs[0].n, cs[3].n)
	println("total", Total(cs))

	ds := MakeAll[Doubler]([]int{5, 6})
	println(ds[0].label, ds[0].v, ds[1].v)
	println("total", Total(ds))

	c := New[Counter](42)
	println(c.n, c.Get())
	d := New[Doubler](-4)
	println(d.label, d.v)

	b1 := &Buffer{data: []int{1, 2, 3}}
	b2 := &Buffer{data: []int{4}}
	ResetAll(b1, b2)
	println(len(b1.data), cap(b1.data), len(b2.data))
}
