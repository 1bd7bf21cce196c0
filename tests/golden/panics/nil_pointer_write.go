// Writing through a nil *int panics.
package main

func set(p *int, v int) { *p = v }

func main() {
	x := 0
	set(&x, 5)
	println(x)
	var p *int
	set(p, 6)
	println("never")
}
