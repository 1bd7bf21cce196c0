package main

func main() {
	s := []int{1, 2, 3}
	_ = s[1::3] // ERROR "middle index required in 3-index slice"
	_ = s[1:2:] // ERROR "final index required in 3-index slice"
	_ = s[] // ERROR "syntax error: unexpected \\], expected operand"
	_ = s[1 2] // ERROR "syntax error: unexpected literal 2, expected comma, : or \\]"
}
