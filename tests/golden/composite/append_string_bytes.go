// append([]byte, string...) appends the string's bytes.
package main

func main() {
	b := append([]byte("x"), "yz"...)
	println(string(b), len(b))
	b = append(b, "日本"...)
	println(string(b), len(b))
	var empty []byte
	empty = append(empty, ""...)
	println(empty == nil, len(empty))
	empty = append(empty, "abc"...)
	println(string(empty))
	s := "hello"
	out := make([]byte, 0, 16)
	for i := 0; i < 3; i++ {
		out = append(out, s[i:]...)
		out = append(out, '|')
	}
	println(string(out), cap(out))
	c := append([]byte(nil), s...)
	c[0] = 'H'
	println(string(c), s)
}
