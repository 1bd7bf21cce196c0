// A named boolean type works with !, && and || and in conditions.
package main

type Flag bool

func (f Flag) Not() Flag { return !f }

func main() {
	var on Flag = true
	off := on.Not()
	println(on, off, on && off, on || off)
	if off {
		println("unreachable")
	} else {
		println("off is false")
	}
	cmp := 3 > 2
	var f Flag = Flag(cmp)
	println(f, f == on)
	flags := [3]Flag{true, false, true}
	count := 0
	for _, x := range flags {
		if x {
			count++
		}
	}
	println(count, bool(flags[1]))
	var z Flag
	println(z, !z)
}
