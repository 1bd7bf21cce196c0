// recover in a method called through the compiler's wrappers (an interface
// call, a method value, a method expression) still counts as called directly.
package main

type I interface{ M() }
type T struct{ n int }

func (t T) M() { println("T.M recovered:", recover() != nil) }

type P struct{ n int }

func (p *P) M() { println("P.M recovered:", recover() != nil) }

func main() {
	func() {
		var i I = T{1}
		defer i.M()
		panic(1)
	}()
	func() {
		var i I = &P{1}
		defer i.M()
		panic(2)
	}()
	func() {
		t := T{1}
		f := t.M
		defer f()
		panic(3)
	}()
	func() {
		p := &P{1}
		defer p.M()
		panic(4)
	}()
	func() {
		defer T.M(T{})
		panic(5)
	}()
}
