// Generic interfaces embedding generic interfaces, a generic struct embedding
// a generic interface, mutually recursive generic types (a graph), named
// results of type-parameter type set by defer, per-iteration loop variables
// captured in generic closures, and goto inside a generic function.
package main

type Reader[T any] interface{ Read() (T, bool) }
type Writer[T any] interface{ Write(T) }
type ReadWriter[T any] interface {
	Reader[T]
	Writer[T]
}

type Pipe[T any] struct{ buf []T }

func (p *Pipe[T]) Write(x T) { p.buf = append(p.buf, x) }
func (p *Pipe[T]) Read() (T, bool) {
	var zero T
	if len(p.buf) == 0 {
		return zero, false
	}
	x := p.buf[0]
	p.buf = p.buf[1:]
	return x, true
}

// Logged embeds a generic interface and overrides one method.
type Logged[T any] struct {
	ReadWriter[T]
	writes int
}

func (l *Logged[T]) Write(x T) {
	l.writes++
	l.ReadWriter.Write(x)
}

type Graph[T comparable] struct {
	nodes map[T]*Vertex[T]
}

type Vertex[T comparable] struct {
	id    T
	edges []*Vertex[T]
	g     *Graph[T]
}

func (g *Graph[T]) Node(id T) *Vertex[T] {
	if g.nodes == nil {
		g.nodes = map[T]*Vertex[T]{}
	}
	v, ok := g.nodes[id]
	if !ok {
		v = &Vertex[T]{id: id, g: g}
		g.nodes[id] = v
	}
	return v
}

func (g *Graph[T]) Link(a, b T) { g.Node(a).edges = append(g.Node(a).edges, g.Node(b)) }

func (v *Vertex[T]) Reach(seen map[T]bool) int {
	if seen[v.id] {
		return 0
	}
	seen[v.id] = true
	n := 1
	for _, e := range v.edges {
		n += e.Reach(seen)
	}
	return n
}

func Drain[T any](r Reader[T]) (n int, last T) {
	defer func() {
		if n == 0 {
			n = -1
		}
	}()
	for {
		x, ok := r.Read()
		if !ok {
			return
		}
		n++
		last = x
	}
}

func Funcs[T any](xs []T) []func() T {
	var fs []func() T
	for _, x := range xs {
		fs = append(fs, func() T { return x })
	}
	return fs
}

func FirstNeg[T ~int | ~float64](xs []T) (idx int) {
	idx = -1
	for i, x := range xs {
		if x < 0 {
			idx = i
			goto done
		}
	}
done:
	return
}

func main() {
	l := &Logged[string]{ReadWriter: &Pipe[string]{}}
	l.Write("a")
	l.Write("b")
	var w Writer[string] = l
	w.Write("c")
	n, last := Drain[string](l)
	println(l.writes, n, last)
	n2, last2 := Drain[int](&Pipe[int]{})
	println(n2, last2)

	var g Graph[string]
	g.Link("a", "b")
	g.Link("b", "c")
	g.Link("c", "a")
	g.Link("d", "a")
	println(g.Node("a").Reach(map[string]bool{}), g.Node("d").Reach(map[string]bool{}), len(g.nodes))
	var gi Graph[int]
	gi.Link(1, 1)
	println(gi.Node(1).Reach(map[int]bool{}), gi.Node(1).g == &gi)

	fs := Funcs([]string{"x", "y", "z"})
	for _, f := range fs {
		print(f())
	}
	println()
	println(FirstNeg([]int{3, 1, -4}), FirstNeg([]float64{0.5}))
}
