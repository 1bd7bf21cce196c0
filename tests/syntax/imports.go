package main

import (
	"fmt"
	fmt2 // ERROR "syntax error: missing import path"
	x 42 // ERROR "syntax error: import path must be a string"
)

func main() {}
