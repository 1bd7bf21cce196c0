// A switch without a tag is switch true: the first true case runs.
package main

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score < 0, score > 100:
		return "invalid"
	default:
		return "F"
	}
}

func main() {
	for _, s := range []int{95, 90, 85, 70, 42, -1, 101} {
		println(s, grade(s))
	}
	x, y := 3, 4
	switch {
	case x > y:
		println("x bigger")
	case x < y && y < 10:
		println("y bigger, small")
	case x < y:
		println("y bigger")
	}
	switch {
	}
	println("empty switch ok")
}
