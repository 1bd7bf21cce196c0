// Unary operators: negation at the minimum value, complement, plus, not.
package main

func main() {
	var a int8 = -128
	var b int16 = -32768
	var c int32 = -2147483648
	var d int64 = -9223372036854775808
	println(-a, -b, -c, -d)
	println(^a, ^b, ^c, ^d)
	println(+a, +b, -(-a), ^^c)
	var u8 uint8 = 1
	var u64 uint64 = 1
	println(-u8, -u64, ^u8, ^u64)
	x := 5
	println(-x, +x, ^x, -^x, ^-x)
	t := true
	println(!t, !!t, !(!t && t))
	f := 2.5
	println(-f, +f, -(-f))
	cx := 1 - 2i
	println(-cx)
}
