// byte is uint8 and rune is int32: identical types, freely mixed.
package main

func twice(b uint8) uint8 { return b * 2 }
func next(r int32) int32  { return r + 1 }

func main() {
	var b byte = 'a'
	var r rune = 'é'
	println(b, r)
	println(twice(b), next(r))
	var u uint8 = b
	var i int32 = r
	println(u, i)
	bs := []byte{'G', 'o'}
	var us []uint8 = bs
	us[0] = 'g'
	println(string(bs))
	rs := []rune{'日', '本'}
	var is []int32 = rs
	is[1] = '語'
	println(string(rs), len(string(rs)))
	println(byte(r), rune(b), byte(300&0xff))
	var big rune = 0x1F600
	println(big, string(big), len(string(big)))
	println(b+1 == 'b', r > 'z', 'x'-'a')
}
