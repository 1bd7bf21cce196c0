// A call through an interface may be used as a statement: its results are
// discarded, as for any other call.
package main

type W interface {
	Write(s string) int
	Pair() (int, string)
}

type Buf struct {
	data string
}

func (b *Buf) Write(s string) int {
	b.data += s
	return len(s)
}

func (b *Buf) Pair() (int, string) {
	b.data += "!"
	return 1, "x"
}

func main() {
	b := &Buf{}
	var w W = b
	w.Write("ab")
	w.Write("cd")
	w.Pair()
	println(b.data)
}
