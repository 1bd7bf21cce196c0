package main

func one(a int) int { return a }

func two(a int, s string) {}

func pair() (int, int) { return 1, 2 }

func triple() (int, string, bool) { return 1, "", true }

func single() int { return 1 }

func variadic(a int, rest ...int) {}

func main() {
	one(pair())    // ERROR "too many arguments in call to one\n\thave \(int, int\)\n\twant \(int\)"
	two(triple())  // ERROR "too many arguments in call to two\n\thave \(int, string, bool\)\n\twant \(int, string\)"
	two(single())  // ERROR "not enough arguments in call to two\n\thave \(int\)\n\twant \(int, string\)"
	variadic()     // ERROR "not enough arguments in call to variadic\n\thave \(\)\n\twant \(int, \.\.\.int\)"
}
