// Map values that are slices: appending through the map (m[k] =
// append(m[k], v)) starting from a missing key's nil slice.
package main

func main() {
	groups := map[int][]int{}
	for i := 0; i < 20; i++ {
		groups[i%3] = append(groups[i%3], i)
	}
	for k := 0; k < 4; k++ {
		g := groups[k]
		print(k, ":", len(g), " ")
		for _, v := range g {
			print(v, " ")
		}
		println(g == nil)
	}
	s := groups[1]
	s[0] = 100
	println(groups[1][0])
	groups[1][1] = 200
	println(s[1])
	byLen := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	println(len(byLen), len(byLen[1]), byLen[2][0], byLen[2][1], byLen[3][0])
}
