// new(T) allocates a zeroed T; &T{} likewise; pointers to pointers.
package main

type Node struct {
	Val  int
	Next *Node
}

func main() {
	p := new(int)
	println(*p)
	*p = 42
	q := p
	*q++
	println(*p, p == q)
	s := new(string)
	*s = "hi"
	println(*s, len(*s))
	n := new(Node)
	println(n.Val, n.Next == nil)
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{3, nil}
	sum := 0
	for x := n; x != nil; x = x.Next {
		sum += x.Val
	}
	println(sum)
	pp := &p
	**pp = 7
	println(*p)
	a := new([3]int)
	a[1] = 5
	println(a[0], a[1], len(a))
	r1 := new(int)
	r2 := new(int)
	println(r1 == r2, *r1 == *r2)
	f := new(float64)
	*f += 1.5
	println(*f)
}
