// Several closures sharing variables, including loop-external ones and
// captured parameters.
package main

func bank(initial int) (deposit func(int), withdraw func(int) bool, balance func() int) {
	bal := initial
	deposit = func(n int) { bal += n }
	withdraw = func(n int) bool {
		if n > bal {
			return false
		}
		bal -= n
		return true
	}
	balance = func() int { return bal }
	return
}

func main() {
	dep, wd, bal := bank(100)
	dep(50)
	println(wd(30), wd(500), bal())
	dep2, _, bal2 := bank(0)
	dep2(1)
	println(bal(), bal2())
	x := 0
	incs := []func(){}
	for i := 1; i <= 3; i++ {
		step := i
		incs = append(incs, func() { x += step })
	}
	for _, f := range incs {
		f()
		f()
	}
	println(x)
	swap := func(a, b *int) { *a, *b = *b, *a }
	p, q := 1, 2
	swap(&p, &q)
	println(p, q)
	outer := 1
	func() {
		outer++
		func() {
			outer *= 10
		}()
	}()
	println(outer)
}
