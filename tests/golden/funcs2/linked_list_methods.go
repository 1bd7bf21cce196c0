// A recursive type with methods: a singly linked list with push, reverse,
// length and a recursive sum.
package main

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	for n := l.head; n != nil; {
		next := n.Next
		n.Next = prev
		prev = n
		n = next
	}
	l.head = prev
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

func (l List) Print() {
	for n := l.head; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println("size", l.size)
}

func main() {
	var l List
	for i := 1; i <= 6; i++ {
		l.Push(i * i)
	}
	l.Print()
	l.Reverse()
	l.Print()
	println(l.head.Sum())
	var empty *Node
	println(empty.Sum())
}
