// Checks cap() of []byte(s) and []rune(s) conversions (constant strings and
// results that escape) and of appends to []byte("...").
package main

var long = "The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs. Sphinx of black quartz, judge my vow! How vexingly quick daft zebras jump. 0123456789abcdefghijklmnopqrstuvwxyz"

var uni = "héllo wörld ✓ 日本語 ☃ é✓日"

var sinkB []byte
var sinkR []rune

var lens = []int{0, 1, 5, 7, 8, 9, 16, 24, 31, 32, 33, 48, 64, 100, 150}

func bigString(n int) string {
	s := ""
	for len(s) < n {
		s += long
	}
	return s[:n]
}

func main() {
	// Constant strings: gc allocates exactly len bytes.
	c1 := []byte("hello")
	sinkB = []byte("hello, world")
	println("const bytes:", cap(c1), cap(sinkB), cap([]byte("")), cap([]byte("0123456789012345678901234567890123456789")))
	sinkR = []rune("héllo")
	r1 := []rune("héllo")
	println("const runes:", len(r1), cap(r1), len(sinkR), cap(sinkR))

	// append to []byte("...").
	a := append([]byte("hello"), " world"...)
	println("append const:", len(a), cap(a))
	a = append([]byte("hello"), '!')
	println("append const byte:", len(a), cap(a))
	sinkB = append([]byte("hello"), '!', '?')
	println("append const byte escaping:", len(sinkB), cap(sinkB))
	a = append([]byte("hello, world, again"), long...)
	println("append const long:", len(a), cap(a))
	a = append([]byte{}, "abc"...)
	println("append empty lit:", len(a), cap(a))
	a = append([]byte{1, 2, 3}, "abcd"...)
	println("append lit:", len(a), cap(a))
	a = append([]byte(nil), "abcdefghi"...)
	println("append nil:", len(a), cap(a))
	sinkB = append([]byte(long[:10]), long[:30]...)
	println("append conv escaping:", len(sinkB), cap(sinkB))

	// Non-constant strings, converted to []byte: results that escape.
	for _, n := range lens {
		s := long[:n]
		sinkB = []byte(s)
		println("bytes", n, ":", len(sinkB), cap(sinkB))
	}
	for _, n := range []int{200, 500, 1000, 1025, 2049, 5000, 40000} {
		s := bigString(n)
		sinkB = []byte(s)
		println("bytes", n, ":", len(sinkB), cap(sinkB))
	}

	// Non-constant strings, converted to []rune.
	for _, n := range lens {
		s := long[:n]
		sinkR = []rune(s)
		println("runes", n, ":", len(sinkR), cap(sinkR))
	}
	for _, n := range []int{0, 3, 8, 12, 20, len(uni)} {
		s := uni[:n]
		sinkR = []rune(s)
		println("uni runes", n, ":", len(sinkR), cap(sinkR))
	}
	for _, n := range []int{200, 1000, 5000} {
		s := bigString(n)
		sinkR = []rune(s)
		println("runes", n, ":", len(sinkR), cap(sinkR))
	}
}
