// The panic message for a value of a named generic string type whose type
// argument is itself a generic instance: the full instance name is printed.
package main

type Pair[A, B any] struct {
	a A
	b B
}

type Msg[T any] string

type Failure[T any] struct {
	code T
}

func (f Failure[T]) Error() string { return "failure" }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	println(Must(5, nil))
	func() {
		defer func() {
			r := recover()
			if f, ok := r.(Failure[int]); ok {
				println("recovered failure", f.code, f.Error())
			}
		}()
		Must("x", Failure[int]{7})
	}()
	var m Msg[Pair[int, map[string][]Pair[bool, uint8]]] = "deep"
	panic(m)
}
