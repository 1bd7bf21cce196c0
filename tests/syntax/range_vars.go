package main

func main() {
	for a, b, _ := range []int{} { // ERROR "range clause permits at most two iteration variables"
		_, _ = a, b
	}
}
