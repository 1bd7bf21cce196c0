package main

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func binomial(n, k int) int {
	if k == 0 || k == n {
		return 1
	}
	return binomial(n-1, k-1) + binomial(n-1, k)
}

func countdown(n int) {
	if n < 0 {
		println("liftoff")
		return
	}
	print(n, " ")
	countdown(n - 1)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	for i := 0; i <= 20; i++ {
		print(fact(i), " ")
	}
	println()
	for i := 0; i <= 25; i++ {
		print(fib(i), " ")
	}
	println()
	println(sumDigits(9876543210), power(3, 13), power(2, 62), power(7, 0))
	for n := 0; n <= 10; n++ {
		for k := 0; k <= n; k++ {
			print(binomial(n, k))
			if k < n {
				print(" ")
			}
		}
		println()
	}
	countdown(10)
	println(depth(1000))
}
