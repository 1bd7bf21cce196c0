// panic with a complex128 prints it like println does.
package main

func main() {
	c := complex(1, 2)
	println(c)
	panic(c * c)
}
