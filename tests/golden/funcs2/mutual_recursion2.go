// Mutually recursive functions: even/odd, Hofstadter F and M sequences, a
// tiny recursive-descent expression evaluator.
package main

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func F(n int) int {
	if n == 0 {
		return 1
	}
	return n - M(F(n-1))
}

func M(n int) int {
	if n == 0 {
		return 0
	}
	return n - F(M(n-1))
}

var src string
var pos int

func expr() int {
	v := term()
	for pos < len(src) && (src[pos] == '+' || src[pos] == '-') {
		op := src[pos]
		pos++
		if op == '+' {
			v += term()
		} else {
			v -= term()
		}
	}
	return v
}

func term() int {
	v := factor()
	for pos < len(src) && src[pos] == '*' {
		pos++
		v *= factor()
	}
	return v
}

func factor() int {
	if src[pos] == '(' {
		pos++
		v := expr()
		pos++
		return v
	}
	v := 0
	for pos < len(src) && src[pos] >= '0' && src[pos] <= '9' {
		v = v*10 + int(src[pos]-'0')
		pos++
	}
	return v
}

func eval(s string) int {
	src, pos = s, 0
	return expr()
}

func main() {
	println(isEven(10), isOdd(7), isEven(7), isOdd(1000))
	for i := 0; i < 15; i++ {
		print(F(i), " ")
	}
	println()
	for i := 0; i < 15; i++ {
		print(M(i), " ")
	}
	println()
	println(eval("1+2*3"), eval("(1+2)*3"), eval("2*(3+4)*5-6"), eval("((7))"))
}
