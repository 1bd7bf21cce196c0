// Slicing out of bounds panics with a runtime.Error that recover returns
// as a value.
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
	s := make([]int, 3, 5)
	hi, lo := 6, 2
	catch(func() { println(len(s[:hi])) })
	lo = 4
	hi = 3
	catch(func() { println(len(s[lo:hi])) })
	str := "hello"
	hi = 9
	catch(func() { println(str[1:hi]) })
	m := 2
	catch(func() { println(len(s[0:3:m])) })
	println("done")
}
