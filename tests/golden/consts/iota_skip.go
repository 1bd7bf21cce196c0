// Skipping values with the blank identifier and with other constant specs
// still advances iota.
package main

const (
	_ = iota
	One
	Two
	_
	Four
	_
	_
	Seven
)

const (
	a = iota
	b = 42
	c
	d = iota
	e
)

func main() {
	println(One, Two, Four, Seven)
	println(a, b, c, d, e)
	const (
		_, _ = iota, iota
		p, q
		_, _
		r, s
	)
	println(p, q, r, s)
}
