// Inside a deferred function literal, `defer recover()` stops the panic, as
// in Go's test/recover.go test4; the earlier deferred check then sees none.
package main

func mustNotRecover() {
	v := recover()
	println("mustNotRecover sees nil:", v == nil)
}

func test4() {
	defer mustNotRecover()
	defer func() {
		defer recover()
		println("in deferred literal")
	}()
	panic(4)
}

func main() {
	test4()
	println("test4 returned normally")
}
