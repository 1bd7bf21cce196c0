// && and || short-circuit: the right operand runs only when needed.
package main

var trace string

func t(name string) bool {
	trace += name
	return true
}

func f(name string) bool {
	trace += name
	return false
}

func main() {
	trace = ""
	r := f("a") && t("b")
	println(r, trace)
	trace = ""
	r = t("a") || f("b")
	println(r, trace)
	trace = ""
	r = f("a") || t("b") && f("c")
	println(r, trace)
	trace = ""
	r = t("a") && f("b") || t("c")
	println(r, trace)
	trace = ""
	r = !(f("a") || f("b")) && !t("c")
	println(r, trace)
	x := 5
	ok := x > 3 && x < 10 || x == 100
	println(ok, x == 5 != false, (x > 1) == (x < 10))
	var nilSlice []int
	safe := len(nilSlice) > 0 && nilSlice[0] == 1
	println(safe)
}
