// []byte(s) copies the string's bytes; string(bs) copies the slice; the
// copies are independent.
package main

func main() {
	s := "hello"
	bs := []byte(s)
	bs[0] = 'j'
	println(s, string(bs), len(bs), cap(bs) >= 5)
	t := string(bs)
	bs[1] = 'u'
	println(t, string(bs))
	empty := []byte("")
	println(len(empty), empty != nil, string(empty) == "")
	var nilb []byte
	println(string(nilb) == "", len(string(nilb)))
	u := []byte("日本")
	println(len(u), u[0], u[5])
	u = append(u, '!')
	println(string(u))
	part := string(bs[1:3])
	println(part)
	raw := []byte{0xff, 'a', 0xe4, 0xb8, 0x96}
	r := string(raw)
	println(len(r), r[1], r[2:])
	bs2 := []byte(s + " world")
	println(len(bs2), string(bs2[6:]))
}
