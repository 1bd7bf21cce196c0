// Every type's zero value.
package main

type S struct {
	I   int
	F   float64
	B   bool
	Str string
	P   *int
}

func main() {
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	var i int
	var u uint
	println(i8, i16, i32, i64, u8, u16, u32, u64, up, i, u)
	var f32 float32
	var f64 float64
	var c64 complex64
	var c128 complex128
	println(f32, f64, c64, c128)
	var b bool
	var s string
	println(b, s == "", len(s))
	var p *int
	var sl []int
	var m map[string]int
	var fn func()
	println(p == nil, sl == nil, m == nil, fn == nil, len(sl), cap(sl), len(m))
	var st S
	println(st.I, st.F, st.B, st.Str == "", st.P == nil)
	var arr [3]int
	println(arr[0], arr[1], arr[2], len(arr))
	var r rune
	var by byte
	println(r, by)
}
