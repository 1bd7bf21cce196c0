// recover returns the exact string passed to panic, and the deferred
// function sees it as an interface holding a string.
package main

func f(msg string) (got string) {
	defer func() {
		r := recover()
		s, ok := r.(string)
		println("is string:", ok)
		got = s
	}()
	panic(msg)
}

func main() {
	println(f("boom"))
	println(f(""))
	println(f("with spaces and 123"))
	println(len(f("héllo")))
}
