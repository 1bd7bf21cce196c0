package main

func main() {
	defer println // ERROR "expression in defer must be function call"
	go (println()) // ERROR "expression in go must not be parenthesized"
	defer recover // ERROR "expression in defer must be function call"
	go func() {} // ERROR "expression in go must be function call"
}
