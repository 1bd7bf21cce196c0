package main

var _ = sideEffect("package-level blank")

func sideEffect(s string) int {
	println("evaluated:", s)
	return 1
}

func pair() (int, int) {
	return 3, 4
}

func triple() (int, string, bool) {
	return 5, "five", true
}

func main() {
	_ = sideEffect("blank assignment")
	_, b := pair()
	a, _ := pair()
	println(a, b)
	_, s, _ := triple()
	println(s)
	var _ int = sideEffect("local blank var")
	_, _ = pair()
	x := 0
	_, x = pair()
	println(x)
}
