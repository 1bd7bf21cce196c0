// Nested maps (a map of maps) and maps passed to functions: maps are
// references, so changes made through any copy are visible everywhere.
package main

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func add(g map[string]map[string]int, a, b string, w int) {
	inner, ok := g[a]
	if !ok {
		inner = map[string]int{}
		g[a] = inner
	}
	inner[b] += w
}

func main() {
	g := map[string]map[string]int{}
	add(g, "x", "y", 1)
	add(g, "x", "z", 2)
	add(g, "y", "z", 3)
	add(g, "x", "y", 4)
	outer := []string{}
	for k := range g {
		outer = append(outer, k)
	}
	sortStrings(outer)
	for _, a := range outer {
		inner := []string{}
		for b := range g[a] {
			inner = append(inner, b)
		}
		sortStrings(inner)
		for _, b := range inner {
			println(a, "->", b, g[a][b])
		}
	}
	println(len(g), len(g["x"]), g["q"]["r"])
	alias := g
	alias["w"] = map[string]int{"v": 9}
	println(len(g), g["w"]["v"])
	g["x"]["y"] = 0
	delete(g["x"], "z")
	println(len(g["x"]), g["x"]["y"])
	three := map[int]map[int]map[int]bool{1: {2: {3: true}}}
	println(three[1][2][3], three[1][2][4], three[9][9][9])
}
