// Package variables depending on functions that read other package
// variables are initialised after those variables, whatever the order in
// the source.
package main

var greeting = makeGreeting()

func makeGreeting() string {
	return prefix + name + suffix()
}

func suffix() string { return punct }

var prefix = "hello, "
var name = upper(raw)
var raw = "world"
var punct = "!"

func upper(s string) string {
	b := []byte(s)
	b[0] -= 'a' - 'A'
	return string(b)
}

var table = buildTable()
var size = 5

func buildTable() []int {
	t := make([]int, size)
	for i := range t {
		t[i] = i * i
	}
	return t
}

func main() {
	println(greeting)
	println(len(table), table[4])
}
