package main

func main() {
	j := []string{-1: "neg"} // ERROR "index -1 must be non-negative integer constant|invalid argument: index -1 \(constant of type int\) must not be negative"
	a := [3]int{-2: 1}       // ERROR "index -2 must be non-negative integer constant|invalid argument: index -2 \(constant of type int\) must not be negative"
	println(len(j), a[0])
}
