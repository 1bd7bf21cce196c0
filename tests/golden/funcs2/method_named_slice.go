// Methods on named slice and string types; pointer receivers let methods
// replace the slice header.
package main

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Double() {
	for i := range l {
		l[i] *= 2
	}
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l *IntList) Pop() int {
	old := *l
	v := old[len(old)-1]
	*l = old[:len(old)-1]
	return v
}

type Word string

func (w Word) Len() int { return len(w) }
func (w Word) Rev() Word {
	b := []byte(w)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return Word(b)
}

func main() {
	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	println(len(l), l.Sum())
	l.Double()
	println(l.Sum(), l.Pop(), l.Pop(), len(l))
	println(IntList{1, 2, 3}.Sum())
	w := Word("stressed")
	println(w.Rev(), w.Len(), w.Rev().Rev() == w)
}
