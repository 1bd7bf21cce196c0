// Heap objects whose only references live in memory in a frame: a struct
// local, an array local, an object the escape analysis keeps in the frame,
// a struct result, a variable captured by a closure that stays in the
// frame, and a deferred closure. A collection runs while each is the only
// reference, then the heap is refilled with look-alike objects.
package main

import "runtime"

type pair struct {
	a, b *[4]int
	s    string
	xs   []int
}

var sink []interface{}

func newArr(x int) *[4]int { return &[4]int{x, x + 1, x + 2, x + 3} }

func newSlice(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	return s
}

func newString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'a' + byte(i%26)
	}
	return string(b)
}

// churn collects, then allocates objects of the same sizes, which take
// the slots of whatever was freed.
func churn() {
	sink = nil
	runtime.GC()
	for i := 0; i < 2000; i++ {
		sink = append(sink, &[4]int{-1, -1, -1, -1}, newSliceOf(10, -7), []byte("zzzzzzzzzzzzzzzzzzzz"))
	}
	sink = nil
}

func newSliceOf(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + itoa(n%10)
}

func ints(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += " "
		}
		s += itoa(x)
	}
	return s + "]"
}

func (p pair) String() string {
	return ints(p.a[:]) + " " + ints(p.b[:]) + " " + p.s + " " + ints(p.xs)
}

func makePair(i int) pair {
	return pair{newArr(i), newArr(i * 10), newString(12 + i), newSlice(10)}
}

func structLocal() {
	p := pair{newArr(1), newArr(2), newString(20), newSlice(10)}
	churn()
	println("struct local:", p.String())
}

func arrayLocal() {
	var arr [3]*[4]int
	for i := range arr {
		arr[i] = newArr(100 * i)
	}
	churn()
	println("array local:", ints(arr[0][:]), ints(arr[1][:]), ints(arr[2][:]))
}

func frameObject() {
	q := &pair{newArr(3), newArr(4), newString(14), newSlice(10)}
	churn()
	println("frame object:", q.String())
}

func structResult() {
	println("struct result:", makePair(5).String(), churnThen(7))
}

func churnThen(x int) int {
	churn()
	return x
}

func capturedInFrame() {
	x := newArr(9)
	s := newString(16)
	f := func() string { return ints(x[:]) + " " + s }
	churn()
	println("captured:", f())
}

func deferred() {
	x := newArr(11)
	defer func() { println("deferred:", ints(x[:])) }()
	churn()
}

func main() {
	structLocal()
	arrayLocal()
	frameObject()
	structResult()
	capturedInFrame()
	deferred()
}
