// panic with a float64 prints it in println's float format.
package main

func main() {
	f := 1.5
	println("f", f)
	panic(f)
}
