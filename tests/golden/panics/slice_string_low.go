// Slicing a string with low > len: "slice bounds out of range [4:3]".
package main

func tail(s string, i int) string { return s[i:] }

func main() {
	println(tail("abc", 1), tail("abc", 3) == "")
	println(tail("abc", 4))
}
