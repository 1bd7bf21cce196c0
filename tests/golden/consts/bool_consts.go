// Boolean constants and constant comparisons.
package main

const Debug = false
const Verbose = !Debug
const Both = Debug && Verbose
const Either = Debug || Verbose

type B bool

const Yes B = true

func main() {
	println(Debug, Verbose, Both, Either)
	const cmp = 1<<100 > 1<<99
	const seq = "abc" < "abd"
	const feq = 0.1+0.2 == 0.3
	println(cmp, seq, feq)
	if Debug {
		println("never")
	}
	println(Yes, !Yes)
	var v bool = Yes == true
	println(v)
	const lenOk = len("four") == 4
	println(lenOk)
}
