package main

func main() {
	var i int
	var i32 int32
	var i64 int64
	var u8 uint8
	var u uint
	var f32 float32
	var f64 float64
	var s string
	var t bool
	i = i64   // ERROR "cannot use i64 \(variable of type int64\) as (type )?int( value)? in assignment"
	i64 = i32 // ERROR "cannot use i32 \(variable of type int32\) as (type )?int64( value)? in assignment"
	u = i     // ERROR "cannot use i \(variable of type int\) as (type )?uint( value)? in assignment"
	u8 = u    // ERROR "cannot use u \(variable of type uint\) as (type )?uint8( value)? in assignment"
	f64 = f32 // ERROR "cannot use f32 \(variable of type float32\) as (type )?float64( value)? in assignment"
	f32 = i   // ERROR "cannot use i \(variable of type int\) as (type )?float32( value)? in assignment"
	s = t     // ERROR "cannot use t \(variable of type bool\) as (type )?string( value)? in assignment"
	t = s     // ERROR "cannot use s \(variable of type string\) as (type )?bool( value)? in assignment"
	i = f64   // ERROR "cannot use f64 \(variable of type float64\) as (type )?int( value)? in assignment"
	println(i, i32, i64, u8, u, f32, f64, s, t)
}
