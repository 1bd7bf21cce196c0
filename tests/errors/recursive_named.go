package main

type Self Self // ERROR "invalid recursive type:? Self"

type First Second // ERROR "invalid recursive type First"

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
