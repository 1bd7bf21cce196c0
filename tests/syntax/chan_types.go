package main

// The missing element type is found at the next token, on the next line.
var a chan
var b chan int // ERROR "syntax error: missing channel element type"

func main() {
	var c <-chan <-chan int
	var d chan<- <-chan int
	_ = <-chan<- int(nil)
	_ = (<-chan<- int)(nil) // ERROR "syntax error: unexpected int, expected chan"
	_ = (<-chan<- <-chan int)(nil) // ERROR "syntax error: unexpected <-, expected chan"
	_, _ = c, d
}
