// A recovered value can be re-panicked and recovered again further up the
// stack with its type intact; each level's defers run on the way.
package main

type E struct{ code int }

func (e E) Error() string { return "E" }

func inner() {
	defer println("inner cleanup")
	defer func() {
		r := recover()
		println("inner saw", r.(E).code)
		panic(r)
	}()
	panic(E{7})
}

func middle() {
	defer println("middle cleanup")
	inner()
	println("middle: not reached")
}

func outer() (code int) {
	defer func() {
		r := recover()
		e, ok := r.(E)
		println("outer saw", ok, e.Error())
		code = e.code
	}()
	middle()
	return -1
}

func main() {
	println("code", outer())
}
