// Nested calls each with their own recover: each level recovers only its
// own panic, and a function whose callee recovered continues normally.
package main

func level3() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "L3 caught " + r.(string)
		}
	}()
	panic("p3")
}

func level2() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "L2 caught " + r.(string)
		}
	}()
	println(level3())
	panic("p2")
}

func level1() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "L1 caught " + r.(string)
		} else {
			s += " (L1 no panic)"
		}
	}()
	println(level2())
	return "L1 normal"
}

func main() {
	println(level1())
	func() {
		defer func() {
			println("main literal caught", recover().(string))
		}()
		func() {
			defer func() {
				println("inner nil:", recover() == nil)
			}()
		}()
		panic("outer literal")
	}()
}
