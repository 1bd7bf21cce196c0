// Type switches: several types per case (the variable keeps the interface
// type), a nil case, default, interface-type cases, and case order.
package main

type Stringer interface {
	String() string
}

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

type Pt struct {
	X, Y int
}

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + itoa(v)
	case int8, int16, int32:
		_, is16 := v.(int16)
		if is16 {
			return "small int16"
		}
		return "small int"
	case string:
		return "string " + v
	case Stringer:
		return "stringer " + v.String()
	case Pt:
		return "pt " + itoa(v.X+v.Y)
	case *Pt:
		if v == nil {
			return "nil *pt"
		}
		return "*pt " + itoa(v.X)
	case []int:
		return "slice " + itoa(len(v))
	case bool, float64:
		return "bool-or-float"
	default:
		return "other"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	var np *Pt
	vals := []any{nil, 42, int8(1), int16(2), int32(3), "hi", Name("x"), Pt{1, 2}, &Pt{5, 6}, np, []int{1, 2, 3}, true, 2.5, uint(1), map[int]int{}}
	for _, v := range vals {
		println(classify(v))
	}
	var s Stringer = Name("q")
	switch s.(type) {
	case Name:
		println("name")
	}
	var seven any = 7
	switch x := seven.(type) {
	default:
		println("default first", x != nil)
	case string:
		println("string")
	}
	var z any = Name("z")
	switch z.(type) {
	case string:
		println("string")
	case Stringer, int:
		println("stringer-or-int")
	case Name:
		println("name (unreachable)")
	}
}
