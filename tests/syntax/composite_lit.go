package main

type T struct{ a, b int }

func main() {
	x := []int{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \\}"
	}
	y := T{a: 1, b: 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \\}"
	}
	z := map[string]int{"a": 1 "b": 2} // ERROR "syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or \\}"
	_, _, _ = x, y, z
}
