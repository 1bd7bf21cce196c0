// Using an interface key whose dynamic type is a slice panics.
package main

func main() {
	m := map[any]int{}
	m[1] = 1
	println(len(m))
	var k any = []int{1, 2}
	m[k] = 2
	println("never")
}
