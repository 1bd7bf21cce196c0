// A deferred recover can set named results; the values it sets are what the
// caller receives, and results set before the panic are visible to it.
package main

func parse(s string) (n int, err string) {
	defer func() {
		if r := recover(); r != nil {
			println("partial n:", n)
			err = r.(string)
			n = -n
		}
	}()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			panic("bad digit at " + s[:i+1])
		}
		n = n*10 + int(c-'0')
	}
	return n, "ok"
}

func keep() (x int) {
	defer func() {
		recover()
	}()
	x = 77
	panic("keep x")
}

func main() {
	n, err := parse("1234")
	println(n, err)
	n, err = parse("12x4")
	println(n, err)
	println(keep())
}
