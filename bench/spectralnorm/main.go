// spectral-norm (after the Computer Language Benchmarks Game): the spectral
// norm of an infinite matrix by the power method. float64 arithmetic, integer
// division and function calls in tight loops over slices.
package main

const n = 5500

func evalA(i, j int) float64 {
	return 1 / float64((i+j)*(i+j+1)/2+i+1)
}

func times(v, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

func timesTransp(v, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(j, i) * u[j]
		}
		v[i] = a
	}
}

func aTimesTransp(v, u, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

func sqrt(a float64) float64 {
	x := a
	if x < 1 {
		x = 1
	}
	for i := 0; i < 100; i++ {
		x = 0.5 * (x + a/x)
	}
	return x
}

func main() {
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u, tmp)
		aTimesTransp(u, v, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	r := sqrt(vBv / vv)
	println(r, int64(r*1e9+0.5))
}
