// Named function types, methods on function types, and function types as
// parameters and results.
package main

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Transform func(int) int

func (t Transform) Then(u Transform) Transform {
	return func(x int) int { return u(t(x)) }
}

func exclaim(s string) string { return s + "!" }

func main() {
	var h Handler = exclaim
	println(h("hi"), h.Twice("hey"))
	up := Handler(func(s string) string {
		b := []byte(s)
		for i := range b {
			if b[i] >= 'a' && b[i] <= 'z' {
				b[i] -= 32
			}
		}
		return string(b)
	})
	println(up.Twice("go"))
	double := Transform(func(x int) int { return x * 2 })
	inc := Transform(func(x int) int { return x + 1 })
	println(double.Then(inc)(5), inc.Then(double)(5))
	chain := double.Then(double).Then(inc).Then(double)
	println(chain(1))
	var nilT Transform
	println(nilT == nil)
}
