// A failed single-value assertion to an interface type panics and names
// the missing method.
package main

type Stringer interface {
	String() string
}

type T struct {
	V int
}

func (t T) Other() int { return t.V }

func main() {
	var x any = T{1}
	println(x.(T).Other())
	s := x.(Stringer)
	println("never", s.String())
}
