// Identifiers may contain Unicode letters.
package main

func größe(breite, höhe int) int {
	return breite * höhe
}

func main() {
	π := 314
	日本 := 2
	println("π*100 =", π)
	println(größe(3, 4), 日本)
	println("snowman ☃, euro €, emoji 🎉")
	_x1 := 5
	println(_x1)
}
