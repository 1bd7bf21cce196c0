package main

func main() {
	a := []int{1, "two", 3}        // ERROR "cannot use \"two\" \(untyped string constant\) as int value in array or slice literal"
	b := [2]string{"x", 5}         // ERROR "cannot use 5 \(untyped int constant\) as string value in array or slice literal"
	c := []bool{true, 1 == 1, 0}   // ERROR "cannot use 0 \(untyped int constant\) as bool value in array or slice literal"
	d := [3]int{0: 1, 0: 2}        // ERROR "duplicate index 0 in array or slice literal"
	e := []int{1: 1, 2, 1: 3}      // ERROR "duplicate index 1 in array or slice literal"
	f := []int8{1, 200}            // ERROR "cannot use 200 \(untyped int constant\) as int8 value in array or slice literal \(overflows\)"
	n := 1
	g := []int{n: 1}               // ERROR "index n must be integer constant"
	h := [][]int{{1}, {"a"}}       // ERROR "cannot use \"a\" \(untyped string constant\) as int value in array or slice literal"
	i := []float64{1, 2.5, "3"}    // ERROR "cannot use \"3\" \(untyped string constant\) as float64 value in array or slice literal"
	println(a, b[0], c, d[0], e, f, g, h, i)
}
