// panic with a bool.
package main

func main() {
	ok := 1 > 2
	println("ok", ok)
	panic(!ok)
}
