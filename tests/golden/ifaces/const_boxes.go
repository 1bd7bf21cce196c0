// Constants converted to interfaces are boxed in read-only data: each
// keeps its type's size and bits.
package main

type Level int16

func (l Level) String() string { return "level " + string(rune('0'+l)) }

type Stringer interface{ String() string }

func show(v interface{}) {
	switch x := v.(type) {
	case int8:
		println("int8", x)
	case uint16:
		println("uint16", x)
	case float32:
		println("float32", x)
	case complex128:
		println("complex128", real(x), imag(x))
	case bool:
		println("bool", x)
	case string:
		println("string", x, len(x))
	case Level:
		println("Level", x.String())
	default:
		println("other")
	}
}

func main() {
	show(int8(-3))
	show(uint16(65535))
	show(float32(1.5))
	show(complex(1, -2))
	show(true)
	show("text")
	show("")
	show(Level(4))
	var s Stringer = Level(7)
	println(s.String())
	vs := []interface{}{int8(-128), 2.5, "x"}
	println(vs[0].(int8), vs[1].(float64), vs[2].(string))
}
