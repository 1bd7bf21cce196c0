package main

type Node struct { // ERROR "invalid recursive type Node"
	next Node
}

type A struct { // ERROR "invalid recursive type A"
	b B
}

type B struct {
	a A
}

type Arr [2]Arr // ERROR "invalid recursive type Arr"

type OK struct {
	next *OK
	kids []OK
}

type Self Self // ERROR "invalid recursive type Self"

func main() {
	var n Node
	var a A
	var o OK
	println(n.next.next, a.b, o.next)
}
