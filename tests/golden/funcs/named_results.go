package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a - q*b
	return
}

func early(x int) (result int, ok bool) {
	if x < 0 {
		return
	}
	result = x * 2
	ok = true
	return result, ok
}

func shadow() (n int) {
	n = 5
	{
		n := 7
		n++
		println("inner", n)
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	v, ok := early(-1)
	println(v, ok)
	v, ok = early(21)
	println(v, ok)
	println(shadow())
}
