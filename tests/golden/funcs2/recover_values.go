// recover in a deferred call stops a panic, including runtime errors;
// the deferred calls of the panicking function still run first.
package main

func try(f func()) (panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			panicked = true
		}
	}()
	f()
	return false
}

func main() {
	println(try(func() {}))
	println(try(func() { panic("boom") }))
	var arr []int
	println(try(func() { _ = arr[3] }))
	zero := 0
	println(try(func() { println(10 / zero) }))
	var p *struct{ x int }
	println(try(func() { p.x = 1 }))
	println(try(func() {
		defer func() { println("inner deferred runs") }()
		panic(1)
	}))
	println("recovered all")
	r := func() (res int) {
		defer func() {
			recover()
			res = -1
		}()
		panic("x")
	}()
	println(r)
}
