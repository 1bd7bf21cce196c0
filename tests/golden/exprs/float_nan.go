// NaN compares unequal to everything including itself; all ordered
// comparisons with NaN are false.
package main

func main() {
	zero := 0.0
	nan := zero / zero
	println(nan)
	println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	one := 1.0
	println(nan == one, nan != one, one < nan, one > nan)
	x := nan + 1
	println(x, x == x, nan*0, -nan)
	isNaN := func(f float64) bool { return f != f }
	println(isNaN(nan), isNaN(one), isNaN(nan-nan))
	var f32 float32 = float32(nan)
	println(f32, f32 == f32)
	inf := one / zero
	println(inf-inf, inf*0, isNaN(inf/inf))
	arr := [2]float64{nan, 1}
	arr2 := arr
	println(arr == arr2)
	type P struct{ f float64 }
	println(P{nan} == P{nan}, P{1} == P{1})
	max := nan
	for _, v := range []float64{3, 1, 2} {
		if v > max || max != max {
			max = v
		}
	}
	println(max)
}
