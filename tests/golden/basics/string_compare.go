// Comparison operators on strings (byte-wise lexicographic order).
package main

func main() {
	s := "abc"
	println(s == "abc", s != "abc", s == "abd", s != "ab")
	e := ""
	println(e == "", e != "", "" == "", "x" == "x")
	println("abc" == "abc", "abc" < "abd", "ab" < "abc", "b" > "abc", "" < "a")
	println(s < "abd", s <= "abc", s > "ab", s >= "abcd")
	println("é" > "e", "Z" < "a", "日本" > "日")
}
