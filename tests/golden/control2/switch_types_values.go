// Switches on values of various basic types: runes, bools, floats,
// unsigned and named types.
package main

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func main() {
	for _, r := range "a1 Z?" {
		switch {
		case r >= 'a' && r <= 'z':
			println(r, "lower")
		case r >= 'A' && r <= 'Z':
			println(r, "upper")
		case r >= '0' && r <= '9':
			println(r, "digit")
		case r == ' ':
			println(r, "space")
		default:
			println(r, "other")
		}
	}
	b := 3 > 2
	switch b {
	case true:
		println("bool true")
	case false:
		println("bool false")
	}
	f := 0.5
	switch f {
	case 0.25:
		println("quarter")
	case 0.5:
		println("half")
	}
	for c := Red; c <= Blue; c++ {
		switch c {
		case Red:
			println("red")
		case Green, Blue:
			println("green or blue", c)
		}
	}
	var u uint64 = 1 << 63
	switch u {
	case 9223372036854775808:
		println("top bit")
	}
}
