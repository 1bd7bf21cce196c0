// Reading a field through a nil struct pointer is a nil pointer
// dereference.
package main

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, &Node{2, nil}}
	for p := n; ; p = p.Next {
		println(p.Val)
	}
}
