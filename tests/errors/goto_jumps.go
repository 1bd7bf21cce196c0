package main

func overDecl() {
	goto done // ERROR "goto done jumps over declaration of x at .*goto_jumps.go:5:4"
	x := 1
	println(x)
done:
	println("done")
}

func intoBlock(n int) {
	goto inside // ERROR "goto inside jumps into block starting at .*goto_jumps.go:13:11"
	if n > 0 {
	inside:
		println(n)
	}
}

func intoLoop() {
	goto body // ERROR "goto body jumps into block starting at .*goto_jumps.go:21:25"
	for i := 0; i < 2; i++ {
	body:
		println(i)
	}
}

func backwardOK() {
	i := 0
again:
	i++
	if i < 3 {
		goto again
	}
}

func overVar() {
	goto end // ERROR "goto end jumps over declaration of y at .*goto_jumps.go:38:6"
	var y int
	println(y)
end:
}

func main() {
	overDecl()
	intoBlock(1)
	intoLoop()
	backwardOK()
	overVar()
}
