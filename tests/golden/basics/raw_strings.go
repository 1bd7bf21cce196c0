package main

func main() {
	println(`raw string`)
	println(`backslashes stay: \n \t \\ \x41`)
	println(`double "quotes" inside`)
	println(`line one
line two
	indented line three`)
	println(``)
	println(`a`, `b`, "c")
	print(`no escape at end\`, "\n")
	println(`unicode: ☃ ü`)
}
