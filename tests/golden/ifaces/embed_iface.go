// Interfaces embedding interfaces, and conversions between interface
// types: a wider interface converts implicitly to a narrower one, a
// narrower one to a wider one only through an assertion.
package main

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Close() bool
}

type Buf struct {
	data   string
	closed bool
}

func (b *Buf) Read() string {
	s := b.data
	b.data = ""
	return s
}

func (b *Buf) Write(s string) int {
	b.data += s
	return len(s)
}

func (b *Buf) Close() bool {
	was := b.closed
	b.closed = true
	return !was
}

type RO struct{}

func (RO) Read() string { return "ro" }

func main() {
	b := &Buf{}
	var rwc ReadWriteCloser = b
	var rw ReadWriter = rwc
	var w Writer = rw
	var r Reader = rw
	println(w.Write("hello"), w.Write(" world"))
	println(r.Read())
	println(r.Read() == "")
	n := rw.Write("x")
	println(n)
	println(rwc.Read(), rwc.Close(), rwc.Close())

	r = RO{}
	_, ok := r.(Writer)
	println(r.Read(), ok)
	r = b
	w2, ok := r.(Writer)
	println(ok, w2.Write("abc"), b.data)
	rwc2, ok := w2.(ReadWriteCloser)
	println(ok, rwc2.Read())
	var nilR Reader
	_, ok = nilR.(Writer)
	println(ok)
}
