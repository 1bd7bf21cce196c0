package main

func main() {
	x := 1 @ 2 // ERROR "invalid character U\\+0040 '@'" "syntax error: unexpected literal 2 at end of statement"
	y := a€b // ERROR "invalid character U\\+20AC '€' in identifier"
	z := # // ERROR "invalid character U\\+0023 '#'"
	_ = 1 ? 2 : 3 // ERROR "syntax error: unexpected = at end of statement" "invalid character U\\+003F '\\?'"
	_, _, _ = x, y, z
}
