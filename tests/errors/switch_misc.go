package main

func main() {
	x := 1
	switch x {
	default:
	case 1:
	default: // ERROR "multiple defaults \(first at .*switch_misc.go:6:2\)"
	}
	var arr []int
	switch arr {
	case nil:
	case arr: // ERROR "invalid case arr in switch on arr \(slice can only be compared to nil\)"
	}
}
