// Values of type any: storing different types in the same variable,
// slices and maps of any, any wrapping any, and copying semantics (an
// interface holding a struct or array holds a copy).
package main

type Pt struct {
	X, Y int
}

func show(x any) {
	switch v := x.(type) {
	case int:
		println("int", v)
	case string:
		println("string", v)
	case float64:
		println("float64", v)
	case bool:
		println("bool", v)
	case Pt:
		println("Pt", v.X, v.Y)
	case [3]int:
		println("arr", v[0], v[1], v[2])
	case []any:
		println("list of", len(v))
		for _, e := range v {
			show(e)
		}
	case nil:
		println("nil")
	default:
		println("?")
	}
}

func main() {
	var a any
	show(a)
	a = 1
	show(a)
	a = "two"
	show(a)
	a = 3.25
	show(a)
	a = false
	show(a)
	p := Pt{1, 2}
	a = p
	p.X = 100
	show(a)
	arr := [3]int{1, 2, 3}
	a = arr
	arr[0] = 9
	show(a)
	var inner any = 7
	a = inner
	show(a)
	list := []any{1, "x", []any{Pt{3, 4}, nil}, true}
	show(list)
	m := map[string]any{"n": 5, "s": "str"}
	show(m["n"])
	show(m["s"])
	show(m["missing"])
	n, ok := m["n"].(int)
	println(n+1, ok)
	var b any = a
	println(b == a)
}
