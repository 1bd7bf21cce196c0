// rune conversions: string(rune) encodes UTF-8; invalid code points give
// U+FFFD; arithmetic on runes.
package main

func main() {
	for _, r := range []rune{'A', 'z' + 1, 0xe9, 0x4e16, 0x1f600, -1, 0xd800, 0x110000} {
		s := string(r)
		println(r, s, len(s))
	}
	var b byte = 'Q'
	println(string(rune(b)), string(rune(b+1)))
	r := 'a'
	for i := 0; i < 5; i++ {
		print(string(r + rune(i)))
	}
	println()
	upper := 'g' - 'a' + 'A'
	println(upper, string(upper))
	var big int64 = 0x41
	println(string(rune(big)))
	d := '7' - '0'
	println(d, d*6)
	println(string(rune(0x10FFFF)) == "\U0010FFFF", len(string(rune(0x10FFFF))))
}
