// recover returns integer panic values with their dynamic type intact: an
// int, a named int type and a uint8 are told apart by a type switch.
package main

type Code int

func try(v interface{}) {
	defer func() {
		switch x := recover().(type) {
		case int:
			println("int", x)
		case Code:
			println("Code", int(x))
		case uint8:
			println("uint8", x)
		default:
			println("other")
		}
	}()
	panic(v)
}

func main() {
	try(42)
	try(-7)
	try(Code(3))
	try(uint8(255))
	try(int64(1))
	func() {
		defer func() {
			r := recover()
			println(r == 99, r == Code(99))
		}()
		panic(99)
	}()
}
