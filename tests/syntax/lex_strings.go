package main

func main() {
	_ = "\z" // ERROR "unknown escape"
	_ = "\u12" // ERROR "invalid character '\"' in hexadecimal escape"
	_ = "\'" // ERROR "unknown escape"
	_ = "abc // ERROR `newline in string`
	_ = "ok"
	_ = "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
}
