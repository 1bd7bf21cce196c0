// default may appear anywhere; it runs only when no case matches, even if
// later cases are listed after it.
package main

func f(n int) string {
	switch n {
	case 1:
		return "one"
	default:
		return "default"
	case 2:
		return "two"
	case 3:
		return "three"
	}
}

func g(n int) {
	switch n {
	default:
		println(n, "first-position default")
		fallthrough
	case 10:
		println(n, "ten body")
	case 20:
		println(n, "twenty body")
	}
}

func main() {
	for n := 0; n <= 4; n++ {
		println(n, f(n))
	}
	g(10)
	g(20)
	g(5)
}
