package main

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// Hofstadter female and male sequences.
func F(n int) int {
	if n == 0 {
		return 1
	}
	return n - M(F(n-1))
}

func M(n int) int {
	if n == 0 {
		return 0
	}
	return n - F(M(n-1))
}

func ping(n int) int {
	if n <= 0 {
		return 0
	}
	print("ping ")
	return 1 + pong(n-1)
}

func pong(n int) int {
	if n <= 0 {
		return 0
	}
	print("pong ")
	return 1 + ping(n-1)
}

func main() {
	println(isEven(10), isOdd(10), isEven(7), isOdd(7), isEven(0))
	println(isEven(10001))
	for i := 0; i < 20; i++ {
		print(F(i), " ")
	}
	println()
	for i := 0; i < 20; i++ {
		print(M(i), " ")
	}
	println()
	println(ping(5))
}
