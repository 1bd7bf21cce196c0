// Method expressions T.M and (*T).M turn methods into ordinary functions
// taking the receiver as the first argument.
package main

type P struct{ X, Y int }

func (p P) Sum() int         { return p.X + p.Y }
func (p P) Scale(k int) P    { return P{p.X * k, p.Y * k} }
func (p *P) Move(dx, dy int) { p.X += dx; p.Y += dy }

func main() {
	sum := P.Sum
	scale := P.Scale
	move := (*P).Move
	psum := (*P).Sum
	p := P{1, 2}
	println(sum(p), scale(p, 3).X, psum(&p))
	move(&p, 10, 20)
	println(p.X, p.Y)
	fs := []func(P) int{P.Sum, func(q P) int { return q.X * q.Y }}
	for _, f := range fs {
		print(f(p), " ")
	}
	println()
	var ops []func(*P, int, int)
	ops = append(ops, (*P).Move, (*P).Move)
	for _, op := range ops {
		op(&p, 1, 1)
	}
	println(p.X, p.Y)
	println(P.Sum(P{5, 5}), P.Scale(P{1, 1}, 7).Y)
}
