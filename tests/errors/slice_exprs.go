package main

func main() {
	var a [4]int
	s := "hello"
	sl := []int{1, 2, 3}
	println(a[3:1])       // ERROR "invalid slice indices: 1 < 3"
	println(len(a[:5]))   // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	println(s[1:2:3])     // ERROR "invalid operation: 3-index slice of string"
	println(sl[2:1])      // ERROR "invalid slice indices: 1 < 2"
	println(sl[:1:0])     // ERROR "invalid slice indices: 0 < 1"
	println("abc"[1:4])   // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	println(len(a[:4]), s[1:], len(sl[1:2:3]))
}
