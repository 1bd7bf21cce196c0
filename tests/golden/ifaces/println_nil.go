package main

type I interface{ M() }

func main() {
	var e any
	var err error
	var i I
	println(e, err, i)
	println(e == nil, err == nil, i == nil)
	print(e, "\n")
}
