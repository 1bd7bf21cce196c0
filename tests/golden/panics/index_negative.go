// A negative run-time index panics with the negative value in the message.
package main

func at(s []byte, i int) byte { return s[i] }

func main() {
	s := []byte("abc")
	for i := 2; ; i-- {
		println(i, at(s, i))
	}
}
