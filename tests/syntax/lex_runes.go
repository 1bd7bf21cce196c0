package main

func main() {
	_ = '\q' // ERROR "unknown escape"
	_ = '\uD800' // ERROR "escape is invalid Unicode code point U\\+D800"
	_ = '\U00110000' // ERROR "escape is invalid Unicode code point U\\+110000"
	_ = '\400' // ERROR "octal escape value 256 > 255"
	_ = '\xg0' // ERROR "invalid character 'g' in hexadecimal escape"
	_ = '' // ERROR "empty rune literal or unescaped '"
	_ = 'ab' // ERROR "more than one character in rune literal"
	_ = '\"' // ERROR "unknown escape"
	_ = '\''
}
