// Generic container types with pointer- and value-receiver methods: a
// singly linked list, a stack and a queue, each instantiated several times.
package main

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) Push(v T) {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l List[T]) Len() int { return l.size }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) At(i int) (T, bool) {
	for n := l.head; n != nil; n = n.next {
		if i == 0 {
			return n.val, true
		}
		i--
	}
	var zero T
	return zero, false
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Empty() bool { return len(s.items) == 0 }

type Queue[T any] struct {
	in, out Stack[T]
}

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if q.out.Empty() {
		for !q.in.Empty() {
			v, _ := q.in.Pop()
			q.out.Push(v)
		}
	}
	return q.out.Pop()
}

type Person struct {
	Name string
	Age  int
}

func main() {
	var li List[int]
	for i := 1; i <= 5; i++ {
		li.Push(i * i)
	}
	sum := 0
	li.Each(func(v int) { sum += v })
	println("ints:", li.Len(), sum)
	v, ok := li.At(2)
	println(v, ok)
	v, ok = li.At(7)
	println(v, ok)

	ls := &List[string]{}
	ls.Push("x")
	ls.Push("y")
	ls.Push("z")
	joined := ""
	ls.Each(func(s string) { joined = s + joined })
	println("strings:", ls.Len(), joined)

	var lp List[*Person]
	lp.Push(&Person{"Ann", 31})
	lp.Push(&Person{"Bob", 45})
	lp.Each(func(p *Person) { p.Age++ })
	p, _ := lp.At(1)
	println("people:", lp.Len(), p.Name, p.Age)
	np, ok := lp.At(5)
	println(np == nil, ok)

	var st Stack[rune]
	for _, r := range "abc" {
		st.Push(r)
	}
	for !st.Empty() {
		r, _ := st.Pop()
		print(string(r))
	}
	println()
	_, ok = st.Pop()
	println("pop empty:", ok)

	var q Queue[float64]
	q.Enqueue(1.5)
	q.Enqueue(2.5)
	a, _ := q.Dequeue()
	q.Enqueue(3.5)
	b, _ := q.Dequeue()
	c, _ := q.Dequeue()
	_, more := q.Dequeue()
	println(a, b, c, more)

	var lists List[List[int]]
	lists.Push(li)
	inner, _ := lists.At(0)
	println("nested:", lists.Len(), inner.Len())
}
