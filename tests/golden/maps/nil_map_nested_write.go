// Writing into a missing inner map of a nested map writes to a nil map
// and panics.
package main

func main() {
	m := map[string]map[string]int{}
	m["a"] = map[string]int{}
	m["a"]["x"] = 1
	println(len(m), m["a"]["x"])
	m["b"]["y"] = 2
	println("never")
}
