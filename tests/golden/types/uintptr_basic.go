// uintptr is an unsigned integer type as wide as a pointer (64 bits on the
// targets used here): it prints unsigned and wraps like uint64.
package main

func main() {
	var p uintptr = 4096
	println(p, p*2, p/3, p%3)
	var z uintptr
	println(z-1, z-1 == ^uintptr(0))
	q := uintptr(0xdeadbeef)
	println(q, q>>16, q&0xffff, q<<4)
	var u uintptr = 1
	for i := 0; i < 64; i += 16 {
		println(i, u<<uint(i))
	}
	n := -1
	println(uintptr(n), uintptr(int8(n)), uintptr(uint8(n)))
	one := uintptr(1)
	println(int(one<<63), uint64(uintptr(12345)))
}
