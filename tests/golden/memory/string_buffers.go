// Results of string conversions and concatenations that do not escape
// are built in a buffer in the frame when they fit (32 bytes), as in gc:
// capacities show it, and values kept across loop iterations, or that
// escape, must not share a buffer.
package main

var kept []string

func word(i int) string { return string(rune('a' + i%26)) }

func caps(s string) {
	b := []byte(s)
	// Mutated, so gc copies s rather than using its bytes in place.
	b[0] = s[0]
	r := []rune(s)
	println(len(b), cap(b), len(r), cap(r), string(b) == s, string(r) == s)
}

func keepAll(n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, "item "+word(i))
	}
	return out
}

func compareLoop() int {
	same := 0
	prev := ""
	for i := 0; i < 10; i++ {
		cur := word(i/2) + word(i/2)
		if cur == prev {
			same++
		}
		prev = cur
	}
	return same
}

func single(s string) string {
	// One non-empty operand: the result may be the operand itself.
	x := "" + s
	return x
}

func main() {
	caps("short")
	caps("a string longer than the thirty-two byte buffer")
	caps("héllo, wörld")
	println(len(keepAll(5)), keepAll(3)[2])
	println(compareLoop())
	b := []byte("frame")
	s := string(b) + "!"
	b[0] = 'F'
	println(s, string(b))
	for i := 0; i < 3; i++ {
		kept = append(kept, string(rune('x'+i))+"-"+word(i))
	}
	println(kept[0], kept[1], kept[2], single(kept[1]))
	rs := []rune{'g', 'o', 'p', 'h', 'e', 'r'}
	t := string(rs)
	rs[0] = 'G'
	println(t, string(rs))
}
