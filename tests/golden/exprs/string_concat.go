// String concatenation with +, +=, in loops, with empty strings, and the
// immutability of the operands.
package main

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	println(c, len(c))
	a += "!"
	println(a, c)
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	e := ""
	println(e+e == "", e+"x"+e, len(e+e))
	s := "α"
	s = s + "β" + "γ"
	println(s, len(s))
	parts := []string{"a", "b", "c", "d"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ","
		}
		joined += p
	}
	println(joined)
	x := "x"
	y := x
	x += "y"
	println(x, y)
	println("a"+"b" == "ab", "abc"+"" == "abc")
	long := repeat("0123456789", 30)
	println(len(long), long[295:])
}
