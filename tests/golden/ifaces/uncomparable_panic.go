// Comparing two interfaces whose dynamic type is not comparable panics
// when the dynamic types match.
package main

func main() {
	var a any = []int{1}
	var b any = "x"
	println(a == b)
	var c any = map[int]int{}
	println(a == c)
	b = []int{1}
	println(a == b)
	println("never")
}
