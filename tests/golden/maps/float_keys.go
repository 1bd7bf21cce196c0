// Float keys: +0 and -0 are the same key, NaN never equals itself, so
// every NaN insertion adds a new entry that no lookup can find.
package main

func main() {
	zero := 0.0
	negZero := -zero
	m := map[float64]int{}
	m[zero] = 1
	m[negZero] = 2
	println(len(m), m[0], m[negZero])
	nan := zero / zero
	m[nan] = 3
	m[nan] = 4
	m[nan] = 5
	println(len(m))
	_, ok := m[nan]
	println(ok, m[nan])
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println(sum, nans)
	delete(m, nan)
	println(len(m))
	m[1.5] = 10
	m[3.0/2.0] += 1
	println(m[1.5], len(m))
	f := map[float32]string{0.1: "a"}
	var x float32 = 0.1
	println(f[x], len(f))
}
