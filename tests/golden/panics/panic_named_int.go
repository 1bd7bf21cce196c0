// panic with a value of a named int type prints main.N(7).
package main

type N int

func main() {
	n := N(3)
	n += 4
	println("n is", n)
	panic(n)
}
