// break inside a switch leaves the switch, not the enclosing loop; a
// labeled break leaves the loop.
package main

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 1:
			println("one, breaking switch")
			break
			println("never")
		case 3:
			if i == 3 {
				break
			}
			println("never 3")
		}
		println("loop", i)
	}
Loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			println("leaving loop at", i)
			break Loop
		default:
			println("iteration", i)
		}
	}
	n := 0
	for {
		switch {
		case n > 3:
			goto done
		}
		n++
	}
done:
	println("n", n)
}
