// A deferred call that panics while a first panic is in progress replaces
// it: an earlier-pushed defer recovers the second value, and the first is
// gone for good.
package main

func f() (res string) {
	defer func() {
		r := recover()
		res = r.(string)
		println("recovered", res)
		println("again nil:", recover() == nil)
	}()
	defer func() {
		println("this defer panics")
		panic("second")
	}()
	defer println("runs first")
	panic("first")
}

func g() {
	defer func() {
		r := recover()
		println("g recovered int", r.(int))
	}()
	defer func() {
		defer func() {
			r := recover()
			println("nested recovered", r.(string))
			panic(2)
		}()
		panic("inner")
	}()
	panic(1)
}

func main() {
	println("f returned", f())
	g()
	println("done")
}
