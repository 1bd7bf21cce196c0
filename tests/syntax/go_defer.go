package main

import "fmt"

func main() {
	defer fmt.Println // ERROR "expression in defer must be function call"
	go (fmt.Println()) // ERROR "expression in go must not be parenthesized"
	defer recover // ERROR "expression in defer must be function call"
	go func() {} // ERROR "expression in go must be function call"
}
