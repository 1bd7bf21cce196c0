package main

func main() {
	j := 0b1e3 // ERROR "'e' exponent requires decimal mantissa"
	k := 0o7p3 // ERROR "'p' exponent requires hexadecimal mantissa"
	l := 0x_1
	m := 0_7
	n := 012i
	o := 08.5
	p := 0x1p-2i
	_, _, _, _, _, _, _ = j, k, l, m, n, o, p
}
