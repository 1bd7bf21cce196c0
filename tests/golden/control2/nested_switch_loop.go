// Control flow mixing loops, switches, break, continue and labels.
package main

func main() {
	total := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i == 7:
			break
		default:
			total += i
		}
		total += 100
	}
	println(total)
	steps := 0
Loop:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			switch {
			case j == 3:
				continue Loop
			case i == 4:
				break Loop
			}
			steps++
		}
	}
	println(steps)
	x := 0
	for x < 20 {
		switch x % 4 {
		case 0:
			x += 3
		case 3:
			x += 2
			if x > 10 {
				break
			}
			x++
		default:
			x++
		}
		print(x, " ")
	}
	println()
}
