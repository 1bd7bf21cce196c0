package main

func main() {
	a := 17
	b := 5
	println(a+b, a-b, a*b, a/b, a%b)
	println(b-a, -a*b, a*-b, -a*-b)
	println(a+b*2, (a+b)*2, a-b-2, a-(b-2))
	println(a/b*b+a%b == a)
	c := 0
	println(c+0, c*12345, c-1)
	big := 1000000007
	println(big*big, big*big%998244353)
	println(123456789*987654321)
	x := 1
	for i := 0; i < 10; i++ {
		x = x*3 + 1
	}
	println(x)
}
