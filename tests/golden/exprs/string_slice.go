// Slicing strings: all index forms, empty results, slicing within
// multi-byte characters, and slices of slices.
package main

func main() {
	s := "Hello, World"
	println(s[:5], s[7:], s[3:8], s[:], s[len(s):] == "")
	i, j := 2, 2
	println(s[i:j] == "", len(s[i:j]))
	t := s[1:10]
	u := t[2:5]
	println(t, u, len(u))
	m := "日本語"
	println(m[3:], m[:3], len(m[3:6]))
	bad := m[1:4]
	println(len(bad), bad[0], bad[2])
	for k := 0; k <= len(s); k += 4 {
		println(k, s[k:], s[:k])
	}
	x := "abc"
	y := x[1:]
	x = "zzz"
	println(x, y)
}
