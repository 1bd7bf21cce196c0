package main

func main() {
	var i int
	var i8 int8
	var i16 int16
	var i64 int64
	var u uint
	var f float64
	var f32 float32
	var s string
	var t bool
	println(i + i64)  // ERROR "invalid operation: i \+ i64 \(mismatched types int and int64\)"
	println(i8 * i16) // ERROR "invalid operation: i8 \* i16 \(mismatched types int8 and int16\)"
	println(i - u)    // ERROR "invalid operation: i - u \(mismatched types int and uint\)"
	println(f / f32)  // ERROR "invalid operation: f / f32 \(mismatched types float64 and float32\)"
	println(i < f)    // ERROR "invalid operation: i < f \(mismatched types int and float64\)"
	println(t == i)   // ERROR "invalid operation: t == i \(mismatched types bool and int\)"
	println(s == 1)   // ERROR "invalid operation: s == 1 \(mismatched types string and untyped int\)"
	println(t && 1 > 0, i+1.0)
}
