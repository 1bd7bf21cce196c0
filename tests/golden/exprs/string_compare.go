// String comparison is bytewise lexicographic: prefixes sort first,
// bytes >= 0x80 sort after ASCII.
package main

func cmp(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	pairs := [][2]string{
		{"", ""}, {"", "a"}, {"a", "b"}, {"ab", "a"}, {"abc", "abd"},
		{"Z", "a"}, {"é", "z"}, {"\xff", "\x80"}, {"a\x00", "a"}, {"hello", "hello"},
		{"日本", "日本語"}, {"B", "AB"},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		println(cmp(a, b), a == b, a != b, a <= b, a >= b)
	}
	s := "abc"
	t := "ab"
	t += "c"
	println(s == t, s < t, s <= t)
}
