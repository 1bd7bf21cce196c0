// println separates operands with spaces and ends with a newline;
// print writes operands with no separators at all.
package main

func main() {
	println(1, 2, 3)
	println("a", "b", "c")
	println("x =", 42, "ok:", true)
	println(-1, -2, -9223372036854775807)
	println(0, -0, +0)
	println(true, false)
	print(1, 2, 3)
	print("\n")
	print("a", "b", 7, false, -3, "\n")
	print("no newline at end; ")
	print(100)
	println()
	println(9223372036854775807)
	println(-9223372036854775808)
	x := 12345
	y := -x
	println(x, y)
	print(x, y, "\n")
	print()
	println("after empty print")
}
