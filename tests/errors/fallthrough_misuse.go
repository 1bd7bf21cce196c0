package main

func main() {
	x := 1
	switch x {
	case 1:
		println(1)
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch x {
	case 1:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 2:
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	fallthrough // ERROR "fallthrough statement out of place"
	switch {
	case x > 0:
		fallthrough
	case x < 0:
		{
			fallthrough // ERROR "fallthrough statement out of place"
		}
	default:
	}
}
