package main

func sumDivisors(n int) int {
	s := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			s += d
			if d*d != n {
				s += n / d
			}
		}
	}
	return s
}

func digitPowerSum(n, p int) int {
	s := 0
	for n > 0 {
		d := n % 10
		t := 1
		for i := 0; i < p; i++ {
			t *= d
		}
		s += t
		n /= 10
	}
	return s
}

func numDigits(n int) int {
	c := 1
	for n >= 10 {
		n /= 10
		c++
	}
	return c
}

func totient(n int) int {
	result := n
	for p := 2; p*p <= n; p++ {
		if n%p == 0 {
			for n%p == 0 {
				n /= p
			}
			result -= result / p
		}
	}
	if n > 1 {
		result -= result / n
	}
	return result
}

func main() {
	print("perfect:")
	for n := 2; n < 10000; n++ {
		if sumDivisors(n) == n {
			print(" ", n)
		}
	}
	println()
	print("amicable:")
	for a := 2; a < 10000; a++ {
		b := sumDivisors(a)
		if b > a && sumDivisors(b) == a {
			print(" ", a, "/", b)
		}
	}
	println()
	print("armstrong:")
	for n := 1; n < 100000; n++ {
		if digitPowerSum(n, numDigits(n)) == n {
			print(" ", n)
		}
	}
	println()
	print("totients:")
	for n := 1; n <= 20; n++ {
		print(" ", totient(n))
	}
	println()
	sum := 0
	for n := 1; n <= 1000; n++ {
		sum += totient(n)
	}
	println("sum of totients up to 1000:", sum)
	// triangular numbers and squares
	for n, t := 1, 1; n < 2000; n, t = n+1, t+n+1 {
		r := 0
		for r*r < t {
			r++
		}
		if r*r == t {
			println("square triangular:", t, "=", r, "squared, n =", n)
		}
	}
}
