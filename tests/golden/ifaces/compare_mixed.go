// An interface value compares with a value of another interface type when
// one is assignable to the other (here I to any).
package main

type I interface {
	M() int
}

type A int

func (a A) M() int { return int(a) }

func main() {
	var i I = A(1)
	var e any = i
	println(e == i, i == e)
	e = A(2)
	println(e == i, e != i)
	var ni I
	var ne any
	println(ni == ne)
}
