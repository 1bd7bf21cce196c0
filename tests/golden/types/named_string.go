// A named string type supports indexing, slicing, len, + and comparisons.
package main

type Name string

func greet(n Name) Name { return "hello, " + n }

func main() {
	n := Name("gopher")
	g := greet(n)
	println(g, len(g))
	println(g[7:], g[0], string(g[1]))
	println(n < "zebra", n == "gopher", n > Name("go"))
	s := string(n)
	s += "!"
	println(s)
	var e Name
	println(e == "", len(e))
	bs := []byte(n)
	bs[0] = 'G'
	println(Name(bs), n)
	for i, r := range Name("añb") {
		println(i, r)
	}
}
