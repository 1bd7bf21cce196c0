// Compound assignment operators at several widths.
package main

func main() {
	var a int8 = 10
	a += 120
	print(a, " ")
	a -= 10
	print(a, " ")
	a *= 3
	print(a, " ")
	a /= -2
	print(a, " ")
	a %= 7
	print(a, " ")
	a <<= 5
	print(a, " ")
	a >>= 2
	print(a, " ")
	a |= 3
	print(a, " ")
	a &= 0x2e
	print(a, " ")
	a ^= -1
	print(a, " ")
	a &^= 0x0f
	println(a)
	var u uint16 = 65000
	u += 1000
	u *= 300
	u >>= 3
	u ^= 0xaaaa
	println(u)
	var s uint = 1
	for i := 0; i < 70; i++ {
		s <<= 1
		s |= uint(i & 1)
	}
	println(s)
	arr := []int{1, 2, 3}
	idx := 0
	next := func() int { idx++; return idx - 1 }
	arr[next()] += 10
	println(arr[0], arr[1], idx)
	f := 1.5
	f *= 4
	f -= 0.5
	println(f)
	str := "a"
	str += "b"
	println(str)
}
