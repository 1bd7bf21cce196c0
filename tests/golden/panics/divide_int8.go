// Integer division by zero panics for every integer width.
package main

func main() {
	var a int8 = -128
	var b int8 = -1
	println(a / b)
	var u uint16 = 1000
	var v uint16 = 7
	println(u / v)
	v = 0
	println(u / v)
}
