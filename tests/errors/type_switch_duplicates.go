package main

type S interface{ String() string }

type V [1 << 50]byte // ERROR "type \[1125899906842624\](uint8|byte) larger than address space"

func f(e interface{}) {
	switch e.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch\n\t.*type_switch_duplicates.go:9:7: previous case"
	case error, S:
	case S: // ERROR "duplicate case S in type switch"
	case nil, nil: // ERROR "duplicate case nil in type switch"
	case struct {
		i int "tag1"
	}:
	case struct {
		i int "tag2"
	}:
	case struct { // ERROR "duplicate case struct\{i int .tag1.\} in type switch"
		i int "tag1"
	}:
	}
}

func main() { f(1) }
