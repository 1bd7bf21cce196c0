package main

type Node struct { // ERROR "invalid recursive type: Node refers to itself"
	next Node
}

type A struct { // ERROR "invalid recursive type A\n\t.*recursive_types.go:7:6: A refers to\n\t.*recursive_types.go:11:6: B refers to\n\t.*recursive_types.go:7:6: A$"
	b B
}

type B struct {
	a A
}

type Arr [2]Arr // ERROR "invalid recursive type: Arr refers to itself"

type OK struct {
	next *OK
	kids []OK
}

type Self Self // ERROR "invalid recursive type: Self refers to itself"

func main() {
	var n Node
	var a A
	var o OK
	println(n.next.next, a.b, o.next)
}
