// A failed type assertion panics with a runtime.Error that recover returns
// as a value; its message names the types.
package main

type S struct {
	x int
	y string
}

type fmter interface{ F() string }

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
	var v interface{} = "str"
	catch(func() { println(v.(int)) })
	var e interface{} = S{1, "a"}
	catch(func() { println(e.(*S).x) })
	var n interface{}
	catch(func() { println(n.(string)) })
	catch(func() { println(v.(fmter).F()) })
	println("done")
}
