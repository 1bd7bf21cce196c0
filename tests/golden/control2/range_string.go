// Ranging over a string decodes UTF-8 runes; the index is the byte
// offset of each rune.
package main

func main() {
	s := "aé世😀z"
	for i, r := range s {
		println(i, r, string(r))
	}
	count := 0
	for range s {
		count++
	}
	println(len(s), count)
	for i := range "日本" {
		print(i, " ")
	}
	println()
	var last rune
	for _, r := range "hello" {
		last = r
	}
	println(last)
	for i, r := range "" {
		println("never", i, r)
	}
	bytes := 0
	for _, r := range "ÿ€" {
		bytes += len(string(r))
	}
	println(bytes)
}
