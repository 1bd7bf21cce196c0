// Conversions between integers/runes and strings.
package main

func main() {
	r := rune(0x4e16)
	println(string(r), len(string(r)))
	for _, v := range []int32{0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff} {
		s := string(rune(v))
		println(v, len(s), s[0], s[len(s)-1])
	}
	println(string(rune(-5)) == "\uFFFD", string(rune(0xDFFF)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD")
	var b byte = 200
	println(string(rune(b)), len(string(rune(b))))
	n := 0x1F431
	println(string(rune(n)))
	s := ""
	for c := 'a'; c <= 'e'; c++ {
		s += string(c)
	}
	println(s)
}
