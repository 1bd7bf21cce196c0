// Integer division and remainder by zero panic with a runtime.Error that
// recover returns as a value.
package main

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
	a, z := 7, 0
	catch(func() { println(a / z) })
	catch(func() { println(a % z) })
	var u uint8 = 9
	var uz uint8
	catch(func() { println(u / uz) })
	catch(func() { a /= z })
	println("done")
}
