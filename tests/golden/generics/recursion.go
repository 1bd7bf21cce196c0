// Recursion in generic code: recursive generic functions, mutually
// recursive generic functions, a generic function calling itself through a
// different instantiation, and a recursive generic expression tree.
package main

type Number interface {
	~int | ~int64 | ~float64
}

func Power[T Number](base T, exp int) T {
	if exp == 0 {
		return 1
	}
	half := Power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func IsEven[T ~int | ~uint](n T) bool {
	if n == 0 {
		return true
	}
	return IsOdd(n - 1)
}

func IsOdd[T ~int | ~uint](n T) bool {
	if n == 0 {
		return false
	}
	return IsEven(n - 1)
}

// Depth walks nested slices, recursing with a different instantiation.
func Depth[T any](x T) int {
	switch v := any(x).(type) {
	case [][]int:
		return 1 + Depth(v[0])
	case []int:
		return 1 + Depth(v[0])
	}
	return 0
}

type Expr[T Number] struct {
	op          byte
	val         T
	left, right *Expr[T]
}

func Lit[T Number](v T) *Expr[T] { return &Expr[T]{op: 'n', val: v} }

func Bin[T Number](op byte, l, r *Expr[T]) *Expr[T] {
	return &Expr[T]{op: op, left: l, right: r}
}

func (e *Expr[T]) Eval() T {
	switch e.op {
	case '+':
		return e.left.Eval() + e.right.Eval()
	case '-':
		return e.left.Eval() - e.right.Eval()
	case '*':
		return e.left.Eval() * e.right.Eval()
	case '/':
		return e.left.Eval() / e.right.Eval()
	}
	return e.val
}

func (e *Expr[T]) Count() int {
	if e == nil {
		return 0
	}
	return 1 + e.left.Count() + e.right.Count()
}

func Fib[T Number](n int, memo map[int]T) T {
	if n < 2 {
		return T(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := Fib(n-1, memo) + Fib(n-2, memo)
	memo[n] = v
	return v
}

func main() {
	println(Power(3, 5), Power(int64(2), 62), Power(1.5, 3))
	println(IsEven(10), IsOdd(7), IsEven(uint(3)))
	println(Depth([][]int{{1}}), Depth([]int{4}), Depth("s"))

	// (7 - 3) * (10 / 4)
	ie := Bin('*', Bin('-', Lit(7), Lit(3)), Bin('/', Lit(10), Lit(4)))
	fe := Bin('*', Bin('-', Lit(7.0), Lit(3.0)), Bin('/', Lit(10.0), Lit(4.0)))
	println(ie.Eval(), fe.Eval(), ie.Count())

	println(Fib(90, map[int]int64{}))
	println(Fib(50, map[int]float64{}))
}
