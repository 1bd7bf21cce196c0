// recover only stops a panic when called directly by a deferred function: a
// helper called by the deferred function gets nil and the panic goes on to
// the next deferred call.
package main

func helper() interface{} {
	return recover()
}

func doRecover() {
	r := helper()
	println("helper got nil:", r == nil)
}

func f() {
	defer func() {
		r := recover()
		s, _ := r.(string)
		println("outer recovered:", s)
	}()
	defer doRecover()
	defer func() {
		println("closure helper nil:", helper() == nil)
	}()
	panic("still panicking")
}

func main() {
	f()
	println("main continues")
}
