// []rune(s) decodes UTF-8 (invalid bytes become U+FFFD) and string(runes)
// encodes again.
package main

func main() {
	s := "añ世😀"
	rs := []rune(s)
	println(len(s), len(rs))
	for i, r := range rs {
		println(i, r)
	}
	rs[0] = 'A'
	println(string(rs), s)
	bad := "a\xffb\xe4\xb8"
	br := []rune(bad)
	println(len(br))
	for _, r := range br {
		print(r, " ")
	}
	println()
	rev := []rune("hello, 世界")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	println(string(rev))
	println(len([]rune("")), string([]rune{}) == "")
	back := string([]rune{0x48, 0x69, -1, 0x10ffff})
	println(len(back), back[:2])
}
