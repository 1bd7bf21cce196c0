// Functions are first-class values: assigned, stored in slices and maps,
// compared with nil, passed and returned.
package main

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func pick(op string) func(int, int) int {
	switch op {
	case "+":
		return add
	case "-":
		return sub
	case "*":
		return mul
	}
	return nil
}

func main() {
	f := add
	println(f(2, 3))
	f = sub
	println(f(2, 3))
	table := []func(int, int) int{add, sub, mul}
	for _, g := range table {
		print(g(7, 3), " ")
	}
	println()
	m := map[string]func(int, int) int{"add": add, "mul": mul}
	println(m["mul"](6, 7), m["none"] == nil)
	for _, op := range []string{"+", "-", "*", "/"} {
		g := pick(op)
		if g == nil {
			println(op, "unsupported")
			continue
		}
		println(op, g(10, 4))
	}
	var h func(int, int) int
	println(h == nil)
	h = func(a, b int) int { return a*10 + b }
	println(h(4, 2))
}
