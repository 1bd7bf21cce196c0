// The min and max builtins (Go 1.21) on integers, floats and strings, with
// one or more arguments; with constant arguments the result is constant.
package main

func main() {
	a, b, c := 3, -7, 5
	println(min(a, b), max(a, b), min(a, b, c), max(a, b, c))
	println(min(a), max(c))
	var u8 uint8 = 200
	var v8 uint8 = 100
	println(min(u8, v8), max(u8, v8+200))
	const k = min(10, 2, 7)
	var arr [k]int
	println(k, len(arr), max(1, 2.5))
	s := []int{4, 9, -2, 7}
	lo, hi := s[0], s[0]
	for _, v := range s {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	println(lo, hi)
	println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	println(min("", "a") == "", max("ab", "abc"))
	x, y := 1.5, -0.25
	println(min(x, y), max(x, y))
	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	println(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10))
}
