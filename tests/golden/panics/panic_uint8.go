// panic with unsigned and sized integers prints the plain number.
package main

func main() {
	var b uint8 = 250
	b += 10
	println("b", b)
	panic(b)
}
