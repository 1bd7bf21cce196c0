// Panicking with a value whose type is a generic instance.
package main

type ID[T any] int

type Wrapped[T any] string

func Check[T any](ok bool, id int) {
	if !ok {
		panic(ID[T](id))
	}
}

func main() {
	defer println("deferred runs first")
	Check[string](true, 1)
	func() {
		defer func() {
			r := recover()
			w, isW := r.(Wrapped[float64])
			println("recovered", string(w), isW)
			_, isOther := r.(Wrapped[int])
			println(isOther)
		}()
		panic(Wrapped[float64]("first"))
	}()
	Check[[]int](false, 42)
}
