package main

func main() {
	n := 3
	var a [n + 1]int  // ERROR "array length n \+ 1 \(value of type int\) must be constant"
	const neg = -4
	var e [neg]bool   // ERROR "invalid array length neg \(untyped int constant -4\)"
	var f [2.0]int
	h := [...]int{5: 1, 2}
	var i [len(h)]int
	var j [1 << 2]string
	println(a[0], e[0], f[1], h[6], i[6], j[3])
}
