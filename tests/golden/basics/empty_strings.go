package main

func main() {
	println("")
	println("", "")
	println("", 1, "")
	print("")
	print("", "")
	println()
	println("[", "", "]")
	var s string
	println(s)
	print(s, s, "|\n")
	e := ""
	println("e:", e, "end")
}
