// Invalid UTF-8 in a range over a string yields U+FFFD (65533) with a
// width of one byte per bad byte.
package main

func main() {
	s := "a\xffb\xc3\xa9\xe4\xb8c\x80\xed\xa0\x80\xf0\x9f\x98"
	for i, r := range s {
		println(i, r)
	}
	t := "\xc0\xaf"
	for i, r := range t {
		println("overlong", i, r)
	}
	u := "\xf4\x90\x80\x80"
	for i, r := range u {
		println("too big", i, r)
	}
	v := "\xef\xbf\xbd"
	for i, r := range v {
		println("real fffd", i, r)
	}
}
