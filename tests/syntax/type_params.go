package main

func f[T]() {} // ERROR "syntax error: missing type constraint"

func g[T any, int]() {} // ERROR "syntax error: missing type constraint"

func h[]() {} // ERROR "syntax error: empty type parameter list"

type S struct{}

func (S) m[T any]() {} // ERROR "syntax error: method must have no type parameters"

var v = func[T any]() {} // ERROR "syntax error: function type must have no type parameters"

func main() {}
