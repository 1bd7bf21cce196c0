package main

type E struct{ code int }

func (e E) Error() string { return "custom error " + string(rune('0'+e.code)) }

type S struct{ name string }

func (s *S) String() string { return "S named " + s.name }

type N string

func (n N) Error() string { return "N error " + string(n) }

type Plain int
type F float32
type T struct{ a int }

func main() {
	var x any = Plain(7); panic(x)
}
