// Expression switches: the first matching case wins, cases may list
// several values, and a case may be any expression of the tag's type.
package main

func classify(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 3, 5, 7, 9:
		return "odd digit"
	case 2, 4, 6, 8:
		return "even digit"
	case n*n - 90:
		return "n*n-90"
	case n / 2 * 3:
		return "n/2*3"
	}
	return "other"
}

func main() {
	for _, n := range []int{0, 1, 4, 9, 10, -3, 100} {
		println(n, classify(n))
	}
	x := 7
	switch x % 3 {
	case 0:
		println("div by 3")
	case 1:
		println("rem 1")
	case 2:
		println("rem 2")
	}
	var u uint8 = 255
	switch u + 1 {
	case 0:
		println("wrapped to 0")
	default:
		println("no wrap")
	}
}
