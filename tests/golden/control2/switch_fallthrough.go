// fallthrough transfers control to the next case body without testing its
// expression.
package main

func describe(n int) {
	print(n, ":")
	switch {
	case n < 0:
		print(" negative")
		fallthrough
	case n == 0:
		print(" non-positive")
	case n < 10:
		print(" small")
		fallthrough
	case n < 100:
		print(" under-100")
		fallthrough
	default:
		print(" done")
	}
	println()
}

func main() {
	for _, n := range []int{-5, 0, 3, 50, 500} {
		describe(n)
	}
	switch 1 {
	case 1:
		println("one")
		fallthrough
	case 2:
		println("two")
		fallthrough
	case 3:
		println("three")
	case 4:
		println("four")
	}
	switch x := 2; x {
	case 1:
		println("never")
	case 2:
		fallthrough
	default:
		println("default reached by fallthrough")
	}
}
