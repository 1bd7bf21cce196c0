package main

func main() {
	var a [5]int
	println(a[5])        // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	a[10] = 1            // ERROR "invalid argument: index 10 out of bounds \[0:5\]"
	s := "abc"
	println("abc"[3])    // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	sl := []int{1, 2}
	var f float64
	println(sl[f])       // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	var arr [3][2]int
	println(arr[1][2])   // ERROR "invalid argument: index 2 out of bounds \[0:2\]"
	println(arr[3][0])   // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	p := &a
	println(p[5])        // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	println(a[4], sl[100], s[2], arr[2][1], p[4])
}
