package main

var huge [3 << 30]byte // ERROR "main.huge: symbol too large \(3221225472 bytes > 2000000000 bytes\)"

func main() {
	println(huge[0])
}
