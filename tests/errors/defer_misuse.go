package main

func f() int { return 1 }

func main() {
	s := []int{1}
	x := 2.5
	defer len(s)   // ERROR "defer discards result of len\(s\) \(value of type int\)"
	defer int(x)   // ERROR "defer requires function call, not conversion int\(x\) \(value of type int\)"
	defer f()
	defer copy(s, s)
	defer (f)()
}
