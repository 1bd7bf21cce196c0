// Indexing a slice out of range panics with a runtime.Error that recover
// returns as a value.
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
	s := []int{1, 2, 3}
	i := 5
	catch(func() { println(s[i]) })
	catch(func() { s[-i+2] = 0; println("ok", s[0]) })
	var arr [4]int
	j := 4
	catch(func() { arr[j] = 1 })
	str := "abc"
	catch(func() { println(str[j]) })
	println("done")
}
