// Switching on strings, including the empty string and computed values.
package main

func kind(s string) int {
	switch s {
	case "":
		return 0
	case "a", "e", "i", "o", "u":
		return 1
	case "hello", "world":
		return 2
	case s + s:
		return 3
	}
	if len(s) > 3 {
		switch s[:3] {
		case "pre":
			return 4
		}
	}
	return -1
}

func main() {
	for _, s := range []string{"", "e", "hello", "world", "x", "prefix", "pre", "HELLO"} {
		println(s, kind(s))
	}
	cmd := "st" + "op"
	switch cmd {
	case "start":
		println("starting")
	case "stop":
		println("stopping")
	}
}
