// Compound assignment and ++/-- on map entries, including on missing
// keys (which start from the zero value).
package main

func main() {
	m := map[string]int{}
	m["a"] += 5
	m["a"] *= 3
	m["a"] -= 1
	m["b"]++
	m["b"]++
	m["c"]--
	m["d"] |= 6
	m["d"] &^= 2
	m["e"] = 7
	m["e"] <<= 3
	m["e"] %= 5
	println(m["a"], m["b"], m["c"], m["d"], m["e"], len(m))

	s := map[int]string{}
	s[1] += "x"
	s[1] += "yz"
	println(s[1], len(s[1]))

	f := map[int]float64{}
	f[0] += 0.5
	f[0] *= 3
	println(f[0])

	u := map[byte]uint8{}
	u[1] -= 1
	u[2] = 250
	u[2] += 10
	println(u[1], u[2])

	calls := 0
	key := func() int { calls++; return 9 }
	im := map[int]int{}
	im[key()] += 2
	im[key()]++
	println(im[9], calls)

	arr := map[string][3]int{}
	v := arr["k"]
	v[1] += 4
	arr["k"] = v
	println(arr["k"][1])
}
