package main

// A constant converted to a type parameter is no constant: arithmetic on it
// happens at run time, in the type argument (wrapping, +Inf, panics).

func Add[T ~int8 | ~int16]() T { return T(100) + T(100) }
func Div[T ~int | ~float64]() T { return T(1) / T(0) }
func Shl[T ~uint8 | ~uint16]() T { return T(1) << 10 }
func Neg[T ~uint8 | ~int]() T { return -T(1) }
func Str[T ~string]() T { return T("a") + T("b") }

func main() {
	println(Add[int8](), Add[int16]())
	println(Div[float64]())
	println(Shl[uint8](), Shl[uint16]())
	println(Neg[uint8](), Neg[int]())
	println(Str[string]())
	defer func() { println("recovered:", recover() != nil) }()
	println(Div[int]())
}
