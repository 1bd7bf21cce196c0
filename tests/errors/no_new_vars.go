package main

func pair() (int, string) { return 1, "" }

func main() {
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	n, s := pair()
	n, s := pair() // ERROR "no new variables on left side of :="
	_ := 5 // ERROR "no new variables on left side of :="
	_, _ := 1, 2 // ERROR "no new variables on left side of :="
	a, c := 5, 6
	a, d := "x", 7 // ERROR "cannot use \"x\" \(untyped string constant\) as int value in assignment"
	for i := 0; i < 1; i++ {
		i := i
		i, a := 1, 2
		println(i, a)
	}
	if x := 1; x > 0 {
		x := 2
		println(x)
	}
	println(a, b, c, d, n, s)
}
