// Integer division truncates toward zero and the remainder has the sign
// of the dividend, for every signed width.
package main

func main() {
	ns := []int{7, -7}
	ds := []int{2, -2, 3, -3}
	for _, n := range ns {
		for _, d := range ds {
			println(n, d, n/d, n%d, int8(n)/int8(d), int8(n)%int8(d), int16(n)/int16(d), int32(n)%int32(d), int64(n)/int64(d))
		}
	}
	for _, n := range []int64{-9223372036854775808, 9223372036854775807, -1, 0} {
		println(n, n/10, n%10, n/-10, n%-10)
	}
	var a int8 = -128
	var b int8 = -1
	println(a/b, a%b)
	var c int32 = -2147483648
	var d int32 = -1
	println(c/d, c%d)
	q, r := 17, 5
	println(q == (q/r)*r+q%r, -q == (-q/r)*r+(-q)%r)
}
