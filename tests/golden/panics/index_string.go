// Indexing a string past its length panics; the length is in bytes.
package main

func main() {
	s := "héllo"
	for i := 0; i <= len(s); i++ {
		println(i, s[i])
	}
}
