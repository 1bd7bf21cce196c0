// Converting a slice to an array pointer (Go 1.17) panics when the slice
// is shorter than the array.
package main

func main() {
	s := []int{1, 2, 3}
	p := (*[2]int)(s)
	p[0] = 100
	println(s[0], len(p))
	q := (*[3]int)(s)
	println(q[2])
	r := (*[4]int)(s)
	println("never", r[0])
}
