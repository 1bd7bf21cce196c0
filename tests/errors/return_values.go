package main

func noResult() {
	return 1 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func oneResult() int {
	return // ERROR "not enough return values\n\thave \(\)\n\twant \(int\)"
}

func twoResults() (int, string) {
	return "a", 1, 2 // ERROR "too many return values\n\thave \(string, number, number\)\n\twant \(int, string\)"
}

func fromCall() (int, int) {
	return oneResult() // ERROR "not enough return values\n\thave \(int\)\n\twant \(int, int\)"
}

func wrongType() (int, bool) {
	x := "s"
	return 1, x // ERROR "cannot use x \(variable of type string\) as (type )?bool( value)? in return statement"
}

func literal() {
	f := func() int {
		return "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in return statement"
	}
	g := func() int {
	} // ERROR "missing return"
	println(f(), g())
}

func main() {
	noResult()
	println(oneResult(), wrongType)
	twoResults()
	fromCall()
	literal()
}
