// Several init functions run in source order after all package variables
// are initialised and before main.
package main

var order []string
var value = setup()

func setup() int {
	order = append(order, "var")
	return 1
}

func init() {
	order = append(order, "init1")
	value *= 10
}

func init() {
	order = append(order, "init2")
	value += 5
}

func helper() string { return "helper" }

func init() {
	order = append(order, "init3:"+helper())
	value *= 2
}

func main() {
	order = append(order, "main")
	for _, s := range order {
		print(s, " ")
	}
	println()
	println(value)
}
