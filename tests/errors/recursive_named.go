package main

type Self Self // ERROR "invalid recursive type: Self refers to itself"

type First Second // ERROR "invalid recursive type First\n\t.*recursive_named.go:5:6: First refers to\n\t.*recursive_named.go:7:6: Second refers to\n\t.*recursive_named.go:5:6: First$"

type Second First

type Ptr *Ptr

type List []List

type Fn func(Fn) Fn

func main() {
	var p Ptr
	var l List
	var f Fn
	println(p == nil, len(l), f == nil)
}
