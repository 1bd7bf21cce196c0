package main

func none() {}

func one(a int) int { return a }

func two(a int, s string) {}

func pair() (int, int) { return 1, 2 }

func triple() (int, string, bool) { return 1, "", true }

func variadic(a int, rest ...int) {}

func main() {
	none(1)           // ERROR "too many arguments in call to none\n\thave \(number\)\n\twant \(\)"
	one()             // ERROR "not enough arguments in call to one\n\thave \(\)\n\twant \(int\)"
	two(1)            // ERROR "not enough arguments in call to two\n\thave \(number\)\n\twant \(int, string\)"
	two(1, "a", true) // ERROR "too many arguments in call to two\n\thave \(number, string, bool\)\n\twant \(int, string\)"
	x := 1
	two(x)            // ERROR "not enough arguments in call to two\n\thave \(int\)\n\twant \(int, string\)"
	variadic(1, 2, 3)
}
