// Go's / truncates towards zero and % takes the sign of the dividend.
package main

func show(a, b int) {
	println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(6, 3)
	show(-6, 3)
	show(1, 5)
	show(-1, 5)
	show(0, -5)
	show(9223372036854775807, 2)
	show(9223372036854775807, -9223372036854775807)
	show(-9223372036854775807, 10)
	for d := -3; d <= 3; d++ {
		if d == 0 {
			continue
		}
		print(d, ":")
		for n := -4; n <= 4; n++ {
			print(" ", n/d, ",", n%d)
		}
		println()
	}
	// constant divisors take other code paths in many compilers
	n := -100
	println(n/3, n%3, n/-3, n%-3, n/8, n%8, n/-8, n%-8, n/1, n%1)
	p := 100
	println(p/3, p%3, p/-3, p%-3, p/8, p%8, p/-8, p%-8, p/16, p%16)
	q := -9223372036854775807 - 1
	println(q/2, q%2, q/8, q%8, q/3, q%3, q/-2, q%-2)
}
