// Arithmetic on bytes: ASCII case conversion, digit values, checksums.
package main

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func main() {
	println(upper("hello, World 42"))
	var sum byte
	var xor byte
	for _, c := range []byte("The quick brown fox") {
		sum += c
		xor ^= c
	}
	println(sum, xor)
	digits := "9081726354"
	total := 0
	for i := 0; i < len(digits); i++ {
		total = total*3 + int(digits[i]-'0')
	}
	println(total)
	var b byte = 0x80
	println(b>>7, b<<1, int8(b), b|0x0f, b&^0x80)
	println('z'-'a', byte('a')+25 == 'z')
}
