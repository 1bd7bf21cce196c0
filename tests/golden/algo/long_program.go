// A longer program mixing everything in the current language slice:
// bitmask N-queens, Newton's integer square root, modular exponentiation,
// Miller-Rabin, digit manipulation, Roman numerals and a tiny stack-free
// "virtual machine" whose program is packed into an int.
package main

var (
	solutions int
	seed      = 12345
)

func queens(n, row, cols, diag1, diag2 int) {
	if row == n {
		solutions++
		return
	}
	avail := ^(cols | diag1 | diag2) & (1<<n - 1)
	for avail != 0 {
		bit := avail & -avail
		avail ^= bit
		queens(n, row+1, cols|bit, (diag1|bit)<<1, (diag2|bit)>>1)
	}
}

func isqrt(n int) int {
	if n < 2 {
		return n
	}
	x := n
	y := x/2 + x%2
	for y < x {
		x = y
		y = (x + n/x) / 2
	}
	return x
}

func mulmod(a, b, m int) int {
	r := 0
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

func powmod(b, e, m int) int {
	r := 1 % m
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = mulmod(r, b, m)
		}
		b = mulmod(b, b, m)
		e >>= 1
	}
	return r
}

func millerRabin(n int) bool {
	if n < 2 {
		return false
	}
	for p := 2; p < 40; p++ {
		if n%p == 0 {
			return n == p
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
	for a := 2; a < 40; a++ {
		if a%2 == 0 && a != 2 {
			continue
		}
		x := powmod(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		composite := true
		for r := 1; r < s; r++ {
			x = mulmod(x, x, n)
			if x == n-1 {
				composite = false
				break
			}
		}
		if composite {
			return false
		}
	}
	return true
}

func reverse(n int) int {
	r := 0
	for n > 0 {
		r = r*10 + n%10
		n /= 10
	}
	return r
}

func printBase(n, base int) {
	if n >= base {
		printBase(n/base, base)
	}
	d := n % base
	if d < 10 {
		print(d)
	} else if d == 10 {
		print("a")
	} else if d == 11 {
		print("b")
	} else if d == 12 {
		print("c")
	} else if d == 13 {
		print("d")
	} else if d == 14 {
		print("e")
	} else {
		print("f")
	}
}

func roman(n int) {
	for n > 0 {
		if n >= 1000 {
			print("M")
			n -= 1000
		} else if n >= 900 {
			print("CM")
			n -= 900
		} else if n >= 500 {
			print("D")
			n -= 500
		} else if n >= 400 {
			print("CD")
			n -= 400
		} else if n >= 100 {
			print("C")
			n -= 100
		} else if n >= 90 {
			print("XC")
			n -= 90
		} else if n >= 50 {
			print("L")
			n -= 50
		} else if n >= 40 {
			print("XL")
			n -= 40
		} else if n >= 10 {
			print("X")
			n -= 10
		} else if n >= 9 {
			print("IX")
			n -= 9
		} else if n >= 5 {
			print("V")
			n -= 5
		} else if n >= 4 {
			print("IV")
			n -= 4
		} else {
			print("I")
			n--
		}
	}
	println()
}

func random() int {
	seed = (seed*1103515245 + 12345) & 0x7fffffff
	return seed
}

// run interprets a program of 4-bit opcodes packed into an int, lowest
// nibble first: 1 = acc+1, 2 = acc*2, 3 = acc*acc, 4 = acc-3, 5 = print,
// 0 = halt.
func run(program int) int {
	acc := 0
	for pc := 0; pc < 16; pc++ {
		op := program >> (4 * pc) & 0xf
		if op == 0 {
			break
		} else if op == 1 {
			acc++
		} else if op == 2 {
			acc *= 2
		} else if op == 3 {
			acc *= acc
		} else if op == 4 {
			acc -= 3
		} else if op == 5 {
			print("vm:", acc, " ")
		}
	}
	println()
	return acc
}

func main() {
	for n := 1; n <= 10; n++ {
		solutions = 0
		queens(n, 0, 0, 0, 0)
		print(solutions, " ")
	}
	println()
	println(isqrt(0), isqrt(15), isqrt(16), isqrt(1000000), isqrt(9223372036854775807))
	println(powmod(2, 10, 1000), powmod(3, 1000000006, 1000000007), powmod(7, 0, 13))
	primes := 0
	for n := 1000000000; n < 1000000200; n++ {
		if millerRabin(n) {
			primes++
			print(n, " ")
		}
	}
	println()
	println("primes in window:", primes, millerRabin(2305843009213693951), millerRabin(3215031751))
	pal := 0
	for n := 1; n < 100000; n++ {
		if reverse(n) == n {
			pal++
		}
	}
	println("palindromes below 100000:", pal, reverse(123456789))
	printBase(255, 16)
	print(" ")
	printBase(255, 2)
	print(" ")
	printBase(3735928559, 16)
	print(" ")
	printBase(9223372036854775807, 8)
	println()
	roman(1994)
	roman(2024)
	roman(3999)
	for i := 0; i < 5; i++ {
		print(random()%100, " ")
	}
	println()
	println(run(0x5_3_5_2_1_1_5_1))
	println(run(0x0_4_5_3_3_1_1))
}
