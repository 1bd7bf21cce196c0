// Writing to a nil map panics with a runtime.Error that recover returns as
// a value; reading from it is fine.
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
	var m map[string]int
	println(m["a"], len(m))
	catch(func() { m["a"] = 1 })
	var mm map[int][]int
	catch(func() { mm[3] = append(mm[3], 1) })
	println("done")
}
