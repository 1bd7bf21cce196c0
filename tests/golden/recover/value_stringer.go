// A panic value with a String method is recovered as itself; the method is
// reachable through an interface assertion on the recovered value.
package main

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

type Stringer interface{ String() string }

func name(c Color) (s string) {
	defer func() {
		r := recover()
		if st, ok := r.(Stringer); ok {
			s = "stringer " + st.String()
		} else {
			s = "not a stringer"
		}
		if _, isErr := r.(error); isErr {
			s += " (and error?)"
		}
	}()
	panic(c)
}

func main() {
	println(name(0))
	println(name(1))
	println(name(2))
	func() {
		defer func() {
			_, ok := recover().(Stringer)
			println("int is stringer:", ok)
		}()
		panic(1)
	}()
}
