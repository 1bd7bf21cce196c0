// Deferred calls run in LIFO order when the function returns; their
// arguments are evaluated at the defer statement.
package main

func trace(msg string) { println("deferred:", msg) }

func count() {
	for i := 0; i < 4; i++ {
		defer print(i, " ")
	}
	println("loop done")
}

func args() {
	x := 1
	defer println("x at defer time:", x)
	x = 2
	defer func() { println("x in closure:", x) }()
	x = 3
}

func main() {
	defer trace("main end")
	count()
	println()
	args()
	for i := 0; i < 2; i++ {
		defer trace("loop " + string(rune('0'+i)))
	}
	println("main body done")
}
