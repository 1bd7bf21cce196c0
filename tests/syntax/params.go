package main

func f(a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"

func g(a, b int, c) {} // ERROR "syntax error: mixed named and unnamed parameters"

// Accepted: int is a parameter name here, of type string.
func h(int, b string) {}

func main() {}
