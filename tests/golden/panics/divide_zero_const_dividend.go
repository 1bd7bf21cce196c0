// Dividing a constant by a zero variable panics too.
package main

func main() {
	d := 2
	for d >= 0 {
		println(100 / d)
		d--
	}
}
