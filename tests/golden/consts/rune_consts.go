// Rune literals are untyped rune constants: escapes, arithmetic, default
// type rune (int32).
package main

func main() {
	println('a', 'A', '0', ' ', '\n', '\t', '\\', '\'')
	println('\x41', '\101', '\u00e9', '\U0001F600', 'é', '世')
	const next = 'a' + 1
	println(next, string(rune(next)))
	r := 'x'
	var i32 int32 = r
	println(i32)
	const diff = 'z' - 'a' + 1
	println(diff)
	var b byte = 'a' + 25
	println(b, string(rune(b)))
	const f = 'a' * 1.5
	println(f)
	var u uint16 = '世'
	println(u, u>>8)
	const nul = '\000'
	println(nul, '\a', '\b', '\f', '\r', '\v')
}
