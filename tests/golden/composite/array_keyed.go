// Keyed array literals: explicit indices, unkeyed elements continue after
// the previous index, missing ones are zero.
package main

const (
	Red = iota
	Green
	Blue
)

func main() {
	a := [5]int{2: 1}
	for _, v := range a {
		print(v, " ")
	}
	println()
	b := [6]string{1: "one", "two", 4: "four"}
	for i, v := range b {
		println(i, v == "", v)
	}
	names := [...]string{Blue: "blue", Red: "red", Green: "green"}
	println(len(names), names[0], names[1], names[2])
	c := [10]int{9: 9, 0: 0, 5: 5, 6}
	println(c[5], c[6], c[7], c[9])
	type P struct{ x int }
	d := [3]P{1: {7}}
	println(d[0].x, d[1].x, d[2].x)
}
