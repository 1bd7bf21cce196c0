// Nested structs are values inside values: copying the outer struct copies
// the inner ones; pointers inside are shared.
package main

type Inner struct {
	A int
	B [2]int
}

type Outer struct {
	In  Inner
	Ptr *Inner
	Tag string
}

func main() {
	shared := &Inner{A: 100}
	o1 := Outer{Inner{1, [2]int{2, 3}}, shared, "one"}
	o2 := o1
	o2.In.A = 10
	o2.In.B[1] = 30
	o2.Ptr.A = 200
	o2.Tag = "two"
	println(o1.In.A, o1.In.B[1], o1.Ptr.A, o1.Tag)
	println(o2.In.A, o2.In.B[1], o2.Ptr.A, o2.Tag)
	p := &o1.In
	p.B[0] = -2
	println(o1.In.B[0])
	type Deep struct {
		L1 struct {
			L2 struct {
				V int
			}
		}
	}
	var d Deep
	d.L1.L2.V = 42
	e := d
	e.L1.L2.V++
	println(d.L1.L2.V, e.L1.L2.V)
}
