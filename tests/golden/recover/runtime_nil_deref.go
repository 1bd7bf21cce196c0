// Dereferencing a nil pointer, explicitly or through a field access,
// panics with a runtime.Error that recover returns as a value.
package main

type S struct {
	x int
	y string
}

func catch(f func()) {
	defer func() {
		r := recover()
		if r == nil {
			println("no panic")
			return
		}
		_, isRT := r.(interface{ RuntimeError() })
		println("runtime error:", isRT)
		println(r.(error).Error())
	}()
	f()
}

func main() {
	var p *int
	catch(func() { println(*p) })
	catch(func() { *p = 3 })
	var sp *S
	catch(func() { println(sp.x) })
	catch(func() { sp.y = "w" })
	var ap *[3]int
	catch(func() { println(ap[1]) })
	println("done")
}
