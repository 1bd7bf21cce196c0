// && and || evaluate their right operand only when needed, and operands
// are evaluated left to right.
package main

var calls int

func t(name string) bool {
	calls++
	print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	print(name, " ")
	return false
}

func main() {
	println(t("a") && t("b"))
	println(f("a") && t("b"))
	println(t("a") || t("b"))
	println(f("a") || t("b"))
	println(f("a") || f("b"))
	println(t("a") && f("b") || t("c"))
	println(f("a") && t("b") || f("c") && t("d"))
	println(t("a") || f("b") && t("c"))
	println(f("a") || t("b") && f("c") || t("d"))
	println(!f("a") && !t("b"))
	println(!(f("a") || f("b")))
	println("calls:", calls)
	// guard against division by zero with short-circuit
	z := 0
	if z != 0 && 10/z > 1 {
		println("never")
	} else {
		println("guarded")
	}
	if z == 0 || 10/z > 1 {
		println("guarded again")
	}
	x := 0
	ok := f("first") && t("second")
	print("\n")
	if t("cond") || f("never evaluated") {
		x = 1
	}
	println()
	println(ok, x)
	for i := 0; i < 3 && t("loopcond"); i++ {
		print(i, " ")
	}
	println()
}
