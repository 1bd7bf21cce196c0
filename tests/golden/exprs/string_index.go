// Indexing a string gives bytes, not runes; len counts bytes.
package main

func main() {
	s := "héllo, 世界"
	println(len(s))
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	println(s[0], s[1], s[2], s[len(s)-1])
	b := s[7]
	println(b, string(rune(b)))
	var sum int
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			sum++
		}
	}
	println("ascii bytes", sum)
	e := "\xe4\xb8\x96"
	println(e, len(e), e[0] == 0xe4)
	idx := 3
	println("abcdef"[idx], "abcdef"[idx:])
}
